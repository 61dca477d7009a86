import type { Organisation, ReportKind, ReportMeta } from '../types.ts';
import type { Block } from './blocks.ts';
import { cleanInline } from './clean-inline.ts';
import { createQuestionMatcher } from './match-question.ts';
import type { QuestionBank } from './question-bank.ts';
import { questionsOfForm } from './question-bank.ts';
import { createRedactor } from './redact.ts';
import { nationalBodyMentions } from '../text/national-bodies.ts';
import { dominantRegion } from '../text/region-of-text.ts';
import { swedishRegionsIn } from '../text/swedish-regions.ts';

export type DetectedMeta = Omit<ReportMeta, 'id' | 'file'>;

const regionPatterns: { pattern: RegExp; format: (match: RegExpExecArray) => string; why: string }[] = [
  { pattern: /^Region\s*:\s*(?:\[)?(Region [\p{L} -]+?)\]?(?:\(#\))?\s*\.*$/imu, format: (m) => m[1]!.trim(), why: 'raden "Region:"' },
  { pattern: /^RSS\s*:\s*([\p{L} -]+?)(?:s)? län\b/imu, format: (m) => m[1]!.trim(), why: 'raden "RSS:"' },
  { pattern: /Denna redovisning avser ([\p{L} -]+?)(?:s)? län\b/iu, format: (m) => m[1]!.trim(), why: '"Denna redovisning avser … län"' },
];

/** A region's name as the general list spells it ("Region Jönköpings" → "Region Jönköpings län"), else as written. */
function canonicalRegion(name: string): string {
  return swedishRegionsIn(name)[0]?.name ?? name;
}

/** National overviews name national bodies (SKR, Socialstyrelsen …) where a region's report names its region. */
const leastNationalMentions = 2;

/**
 * The region a text is about, and why: a form's own field ("Region: …", "RSS: …", "Denna redovisning
 * avser … län"), else the one region the title names, else the region the text names clearly most
 * (text/region-of-text.ts), else national material when no region leads and national bodies are
 * named, else the first "Region …" (a region outside the general list). Names come out as the general list
 * spells them, so a guessed "Region Kalmar" is the manifest's "Region Kalmar län".
 */
export function regionNamedIn(text: string, title = ''): { region: string; why: string } | null {
  for (const { pattern, format, why } of regionPatterns) {
    const match = pattern.exec(text);
    if (match) return { region: canonicalRegion(format(match)), why };
  }
  const inTitle = swedishRegionsIn(title);
  if (inTitle.length === 1) return { region: inTitle[0]!.name, why: 'titeln' };
  const dominant = dominantRegion(text);
  if (dominant) return { region: dominant, why: 'de regioner, kommuner och invånare texten nämner mest' };
  if (nationalBodyMentions(text) >= leastNationalMentions) return { region: 'Nationell', why: 'nationella myndigheter som texten nämner, utan en region som dominerar' };
  // A region outside the general list ("Region Provdal"): its first mention.
  const first = /\b(Region [\p{Lu}][\p{Ll}]+)/u.exec(text);
  return first ? { region: first[1]!, why: 'första omnämnandet av "Region …"' } : null;
}

/**
 * A survey if many lines match one form's questions. The two forms share most wording, so the form
 * whose printed numbers agree with its own numbering wins (municipal 6 is region 7).
 */
function detectKind(blocks: Block[], bank: QuestionBank): ReportKind {
  const tallies = (['region', 'municipal'] as const).map((form) => {
    const match = createQuestionMatcher(questionsOfForm(bank, form));
    const found = new Set<string>();
    let agreeing = 0;
    for (const block of blocks) {
      for (const line of block.lines) {
        const matched = match(cleanInline(line));
        if (!matched) continue;
        found.add(matched.question.id);
        if (matched.numberAgrees) agreeing += 1;
      }
    }
    return { form, found: found.size, agreeing };
  });
  const [best] = tallies.sort((a, b) => b.agreeing - a.agreeing || b.found - a.found);
  if (best && best.found >= 4) return best.form === 'region' ? 'survey-region' : 'survey-municipal';
  const slideBreaks = blocks.filter((block) => block.gapBefore >= 2).length;
  return blocks.length > 0 && slideBreaks / blocks.length >= 0.15 ? 'slides' : 'report';
}

/**
 * A year the title names, when it is not in the future: "Nära vård 2030" names a goal, not the year
 * the report covers. The years mentioned in the body are never used (they are as often targets,
 * baselines or laws as the year reported on), so a report without one has an unknown year.
 */
function yearFromTitle(title: string, now = new Date()): number | null {
  const years = [...title.matchAll(/\b(199\d|20\d{2})\b/g)].map((match) => Number(match[1])).filter((year) => year <= now.getFullYear());
  return years.length > 0 ? Math.max(...years) : null;
}

// "Publicerad 9 april 2024", "Uppdaterad 2017-11-28", "2021-01-15 08:40", "Senast ändrad: 3 maj 2023".
const dateLine = /^(?:(?:senast\s+)?(?:publicerad|publicerat|uppdaterad|uppdaterat|ändrad|ändrat|granskad|granskat)\s*:?\s*)?(?:\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2})?\s*$/iu;
const publishedLine = /^(?:senast\s+)?(?:publicerad|publicerat|uppdaterad|uppdaterat)\b.*?\b(199\d|20\d{2})\b/iu;
/** The opening lines a publication date may stand in: a web page's date sits under its title or above it. */
const publicationLinesRead = 5;

/** The year of a publication or update line near the top ("Publicerad: 8 maj 2020"), when not in the future. */
function publicationYear(openingLines: string[], now = new Date()): number | null {
  for (const line of openingLines.slice(0, publicationLinesRead)) {
    const year = Number(publishedLine.exec(line)?.[1] ?? Number.NaN);
    if (Number.isFinite(year) && year <= now.getFullYear()) return year;
  }
  return null;
}

/**
 * Guesses metadata for a report that neither the manifest nor front matter describes. Every guess
 * is named in a warning so that someone can put the right values in the manifest.
 */
export function detectMetadata(
  blocks: Block[],
  known: Partial<DetectedMeta>,
  bank: QuestionBank,
  fileName: string,
): { meta: DetectedMeta; warnings: string[] } {
  const warnings: string[] = [];
  const text = blocks.map((block) => block.lines.join('\n')).join('\n\n');
  const openingLines = blocks.map((block) => cleanInline(block.lines[0] ?? ''));
  // A web page's date line ("Publicerad 9 april 2024", "2021-01-15 08:40") is no title.
  const firstLine = openingLines.find((line) => line.length > 3 && !dateLine.test(line)) ?? fileName;

  let title = known.title;
  if (!title) {
    // The title is shown and indexed like any passage, so the first line passes the same redaction.
    title = createRedactor([])(firstLine).slice(0, 160);
    warnings.push(`titel gissad från första raden: "${title}"`);
  }
  let region = known.region;
  if (!region) {
    const named = regionNamedIn(text, title);
    if (named) {
      region = named.region;
      warnings.push(`region gissad från ${named.why}: "${region}"`);
    }
    if (!region) {
      region = 'Okänd';
      warnings.push('region kunde inte avgöras; satt till "Okänd"');
    }
  }
  let kind = known.kind;
  if (!kind) {
    kind = detectKind(blocks, bank);
    warnings.push(`typ gissad från texten: ${kind}`);
  }
  let year = known.year ?? null;
  if (year === null) {
    year = yearFromTitle(title);
    const published = year === null ? publicationYear(openingLines) : null;
    if (published !== null) {
      year = published;
      warnings.push(`år gissat från publiceringsdatumet: ${year}`);
    } else {
      warnings.push(year === null ? 'år okänt: varken manifest, front matter, titel eller publiceringsdatum anger det (okänt år)' : `år gissat från titeln: ${year}`);
    }
  }
  let organisation: Organisation | undefined = known.organisation;
  if (!organisation) {
    organisation = kind === 'survey-municipal' || /^(?!region)/i.test(region) && /kommunerna/i.test(title) ? 'kommunerna' : 'region';
    warnings.push(`organisation gissad: ${organisation}`);
  }
  const meta: DetectedMeta = { title, region, organisation, kind, year };
  if (known.period) meta.period = known.period;
  if (known.sourceUrl) meta.sourceUrl = known.sourceUrl;
  return { meta, warnings };
}
