import type { Answer, Hit, RegionAccount } from '../types.ts';
import { displayRegion, type CatalogIndex } from './catalog.ts';
import { createCitationList } from './citations.ts';
import { inReadingOrder, rankEvidence, selectEvidence } from './evidence.ts';
import { evidenceLines } from './evidence-lines.ts';
import { sameRegion } from '../retrieve/regions.ts';

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
    regions.push({ region, summary: rendered.quotes.join(' '), citations: rendered.citations });
  }
  return { answerable: true, answer: blocks.join('\n\n'), citations: citations.finish(), regions };
}

/**
 * Answer across regions: one section per region in scope with that region's own evidence. A region
 * without evidence is named as such, so that silence is never mistaken for coverage.
 */
export function composeCrossRegionAnswer(hits: Hit[], regionsInScope: string[], context: ExtractiveContext): Answer {
  const { index } = context;
  const citations = createCitationList(index);
  const sections: string[] = [];
  const regions: RegionAccount[] = [];
  const missing: string[] = [];
  for (const region of regionsInScope) {
    const regionHits = hits.filter((hit) => sameRegion(hit.report.region, region));
    const ranked = rankEvidence(regionHits, context.queryTerms, { statistics: index.statistics, preferResults: context.wantsResults, preferFigures: context.givesFigure !== undefined });
    const chosen = inReadingOrder(selectEvidence(ranked, { ...perRegion, requireFigure: context.givesFigure }));
    if (chosen.length === 0) {
      missing.push(region);
      sections.push(`### ${region}\n${region}: inget om detta i rapporten.`);
      regions.push({ region, summary: 'Inget om detta i rapporten.', citations: [] });
      continue;
    }
    const rendered = evidenceLines(chosen, citations, index, context.wantsResults);
    sections.push([`### ${region}`, ...rendered.lines].join('\n'));
    regions.push({ region, summary: rendered.quotes.join(' '), citations: rendered.citations });
  }
  const covered = regionsInScope.length - missing.length;
  const intro = `Så här beskriver rapporterna detta i respektive region (${covered} av ${regionsInScope.length} regioner tar upp det).`;
  return {
    answerable: covered > 0,
    answer: `${intro}\n\n${sections.join('\n\n')}`,
    citations: citations.finish(),
    regions,
  };
}
