import type { Organisation, ReportKind, ReportMeta } from '../types.ts';
import type { Block } from './blocks.ts';
import { cleanInline } from './clean-inline.ts';
import { createQuestionMatcher } from './match-question.ts';
import type { QuestionBank } from './question-bank.ts';
import { questionsOfForm } from './question-bank.ts';
import { createRedactor } from './redact.ts';

export type DetectedMeta = Omit<ReportMeta, 'id' | 'file'>;

const regionPatterns: { pattern: RegExp; format: (match: RegExpExecArray) => string; why: string }[] = [
  { pattern: /^Region\s*:\s*(?:\[)?(Region [\p{L} -]+?)\]?(?:\(#\))?\s*\.*$/imu, format: (m) => m[1]!.trim(), why: 'raden "Region:"' },
  { pattern: /^RSS\s*:\s*([\p{L} -]+?)(?:s)? län\b/imu, format: (m) => m[1]!.trim(), why: 'raden "RSS:"' },
  { pattern: /Denna redovisning avser ([\p{L} -]+?)(?:s)? län\b/iu, format: (m) => m[1]!.trim(), why: '"Denna redovisning avser … län"' },
  { pattern: /\b(Region [\p{Lu}][\p{Ll}]+)/u, format: (m) => m[1]!.trim(), why: 'första omnämnandet av "Region …"' },
];

/** The region a text names, by the surest pattern that matches, and which pattern that was. */
export function regionNamedIn(text: string): { region: string; why: string } | null {
  for (const { pattern, format, why } of regionPatterns) {
    const match = pattern.exec(text);
    if (match) return { region: format(match), why };
  }
  return null;
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
  const firstLine = blocks.map((block) => cleanInline(block.lines[0] ?? '')).find((line) => line.length > 3) ?? fileName;

  let title = known.title;
  if (!title) {
    // The title is shown and indexed like any passage, so the first line passes the same redaction.
    title = createRedactor([])(firstLine).slice(0, 160);
    warnings.push(`titel gissad från första raden: "${title}"`);
  }
  let region = known.region;
  if (!region) {
    const named = regionNamedIn(text);
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
    warnings.push(year === null ? 'år okänt: varken manifest, front matter eller titel anger det (okänt år)' : `år gissat från titeln: ${year}`);
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
