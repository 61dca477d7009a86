import type { Answer, Hit, RegionAccount } from '../types.ts';
import { displayRegion, type CatalogIndex } from './catalog.ts';
import { createCitationList } from './citations.ts';
import { inReadingOrder, rankEvidence, selectEvidence } from './evidence.ts';
import { evidenceLines } from './evidence-lines.ts';
import type { RegionEvidence } from './region-fanout.ts';

export interface ExtractiveContext {
  index: CatalogIndex;
  queryTerms: string[];
  wantsResults: boolean;
  /** For questions asking for a figure: whether a sentence gives it (see figures.ts). */
  givesFigure?: (sentence: string) => boolean;
}

// A focused answer stays short: a few sentences, at most two from one passage.
const focused = { maxSentences: 4, maxPerPassage: 2, minCoverage: 0.15, fallbackToFirst: true };
// Per region in an overview: one or two sentences, and only ones that really speak to the question.
const perRegion = { maxSentences: 2, maxPerPassage: 1, minCoverage: 0.3, fallbackToFirst: false, excludeAgreementText: true };

function regionOf(hit: Hit, index: CatalogIndex): string {
  return displayRegion(index, hit.report.region);
}

/** Answer to a question about one topic: the best sentences, grouped by the region that wrote them. */
export function composeFocusedAnswer(hits: Hit[], context: ExtractiveContext): Answer {
  const { index } = context;
  const ranked = rankEvidence(hits, context.queryTerms, { statistics: index.statistics, preferResults: context.wantsResults, preferFigures: context.givesFigure !== undefined });
  const chosen = selectEvidence(ranked, { ...focused, requireFigure: context.givesFigure });
  const citations = createCitationList(index);
  const regionOrder: string[] = [];
  for (const evidence of chosen) {
    const region = regionOf(evidence.hit, index);
    if (!regionOrder.includes(region)) regionOrder.push(region);
  }
  const blocks: string[] = [];
  const regions: RegionAccount[] = [];
  for (const region of regionOrder) {
    const ofRegion = inReadingOrder(chosen.filter((evidence) => regionOf(evidence.hit, index) === region));
    const rendered = evidenceLines(ofRegion, citations, index, context.wantsResults);
    blocks.push([`**${region}**`, ...rendered.lines].join('\n'));
    regions.push({ region, state: 'evidence', summary: rendered.quotes.join(' '), citations: rendered.citations });
  }
  return { answerable: true, answer: blocks.join('\n\n'), citations: citations.finish(), regions };
}

/**
 * Answer across regions from each region's own judged evidence (see region-fanout.ts). Regions with
 * evidence come first, strongest first, one section each; regions where the topic is only named are
 * listed with the citation that names it; regions without evidence are named together in one closing
 * line, so that silence is never mistaken for coverage and never fills the answer with empty headings.
 */
export function composeCrossRegionAnswer(regionEvidence: RegionEvidence[], context: ExtractiveContext): Answer {
  const { index } = context;
  const citations = createCitationList(index);
  const withEvidence: { region: string; strength: number; lines: string[]; account: RegionAccount }[] = [];
  const mentioned: { region: string; hit: Hit }[] = [];
  const none: string[] = [];
  for (const entry of regionEvidence) {
    const region = displayRegion(index, entry.region);
    const ranked = rankEvidence(entry.evidence, context.queryTerms, { statistics: index.statistics, preferResults: context.wantsResults, preferFigures: context.givesFigure !== undefined });
    const chosen = entry.evidence.length > 0 ? inReadingOrder(selectEvidence(ranked, { ...perRegion, requireFigure: context.givesFigure })) : [];
    if (chosen.length > 0) {
      const rendered = evidenceLines(chosen, citations, index, context.wantsResults);
      withEvidence.push({ region, strength: entry.strength, lines: rendered.lines, account: { region, state: 'evidence', summary: rendered.quotes.join(' '), citations: rendered.citations } });
      continue;
    }
    const mention = entry.mention ?? entry.evidence[0] ?? null;
    if (mention) mentioned.push({ region, hit: mention });
    else none.push(region);
  }
  withEvidence.sort((a, b) => b.strength - a.strength);
  const sections = withEvidence.map((entry) => [`### ${entry.region}`, ...entry.lines].join('\n'));
  const regions: RegionAccount[] = withEvidence.map((entry) => entry.account);
  const closing: string[] = [];
  if (mentioned.length > 0) {
    const named = mentioned.map(({ region, hit }) => {
      const n = citations.cite(hit.passage, null);
      regions.push({ region, state: 'mentioned', summary: 'Ämnet nämns, men inget avsnitt beskriver arbetet med det.', citations: [n] });
      return `${region} [${n}]`;
    });
    closing.push(`Nämns bara, utan att rapporten beskriver arbetet: ${named.join(', ')}.`);
  }
  if (none.length > 0) {
    for (const region of none) regions.push({ region, state: 'none', summary: 'Inga belägg i rapporterna.', citations: [] });
    closing.push(`Inga belägg i rapporterna från ${none.join(', ')}.`);
  }
  const total = regionEvidence.length;
  const intro = `${withEvidence.length} av ${total} ${total === 1 ? 'region' : 'regioner'} beskriver detta i sina rapporter.`;
  return {
    answerable: withEvidence.length > 0,
    answer: [intro, ...sections, ...(closing.length > 0 ? [closing.join('\n')] : [])].join('\n\n'),
    citations: citations.finish(),
    regions,
  };
}
