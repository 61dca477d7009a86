import type { TermStatistics } from '../evidence/term-statistics.ts';
import type { SummaryPoint } from './summary-points.ts';
import { evidenceOverview } from '../compose/evidence-overview.ts';

export interface RegionPoints {
  region: string;
  points: SummaryPoint[];
}

/**
 * The overview of a summary or good-practice list, from the regions' points (what each did, and the
 * result where the report gives one): see evidenceOverview. topicTerms are the theme's or query's own
 * terms, which recurring phrases must go beyond.
 */
export function buildOverview(regions: RegionPoints[], missing: string[], statistics?: TermStatistics, topicTerms?: string[]): string {
  const evidence = regions.map(({ region, points }) => ({
    region,
    texts: points.map((point) => point.text),
    results: points.flatMap((point) => (point.result ? [point.result] : [])),
  }));
  return evidenceOverview(evidence, { statistics, topicTerms, missing });
}
