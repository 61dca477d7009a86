import { analyzeTopic } from '../text/analyze.ts';

/** Document frequencies over the catalog's passages, so that ubiquitous words ("vård") weigh little. */
export interface TermStatistics {
  documentCount: number;
  documentFrequency: Map<string, number>;
}

export function buildTermStatistics(texts: string[]): TermStatistics {
  const documentFrequency = new Map<string, number>();
  for (const text of texts) {
    for (const term of new Set(analyzeTopic(text))) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  return { documentCount: texts.length, documentFrequency };
}

/** Smoothed inverse document frequency; 1 for every term when there are no statistics. */
export function termWeight(statistics: TermStatistics | undefined, term: string): number {
  if (!statistics || statistics.documentCount === 0) return 1;
  const frequency = statistics.documentFrequency.get(term) ?? 0;
  return Math.log(1 + (statistics.documentCount + 1) / (frequency + 1));
}
