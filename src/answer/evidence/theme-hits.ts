import type { Hit } from '../../types.ts';
import type { ReportCatalog } from '../report-catalog.ts';
import { regionKey, sameRegion } from '../../retrieve/regions.ts';
import { passageHasTheme } from '../../store/passage-themes.ts';
import { analyzeTopic } from '../../text/analyze.ts';
import { termWeight, type TermStatistics } from './term-statistics.ts';

/*
 * A theme-only summary reads every passage of the theme, not a search's top k: a summary must not
 * miss a region because its passages ranked lower. Scores are equal, so report order decides ties.
 */
export function themeHits(index: ReportCatalog, themeId: string, regions: string[]): Hit[] {
  const hits: Hit[] = [];
  for (const passage of index.catalog.passages) {
    if (!passageHasTheme(passage, themeId)) continue;
    const report = index.reportById.get(passage.reportId);
    if (!report || !regions.some((region) => sameRegion(region, report.region))) continue;
    hits.push({ passage, report, score: 1, lexicalRank: null, denseRank: null });
  }
  return hits.sort((a, b) => a.report.id.localeCompare(b.report.id) || a.passage.ordinal - b.passage.ordinal);
}

const topicTermCount = 12;

/**
 * Without a query, a theme's "main points" are those sharing the words that several regions use for
 * it; the top such terms stand in for a query.
 */
export function themeTopicTerms(hits: Hit[], statistics: TermStatistics | undefined): string[] {
  const regionsByTerm = new Map<string, Set<string>>();
  for (const hit of hits) {
    for (const term of new Set(analyzeTopic(hit.passage.text, false))) {
      if (term.length < 4 || /^\p{N}+$/u.test(term)) continue;
      const regions = regionsByTerm.get(term) ?? new Set<string>();
      regions.add(regionKey(hit.report.region));
      regionsByTerm.set(term, regions);
    }
  }
  const regionCount = new Set(hits.map((hit) => regionKey(hit.report.region))).size;
  return [...regionsByTerm.entries()]
    .filter(([, regions]) => regions.size >= Math.min(2, regionCount))
    .sort((a, b) => b[1].size - a[1].size || termWeight(statistics, b[0]) - termWeight(statistics, a[0]) || a[0].localeCompare(b[0]))
    .slice(0, topicTermCount)
    .map(([term]) => term);
}
