import type { LexiconTerm } from '../../retrieve/lexicon.ts';

/**
 * The corpus statistics the answer layer weighs words by: the lexicon over the BM25 index (see
 * retrieve/lexicon.ts), the one idf source. Nothing here re-reads the passages.
 */
export interface TermStatistics {
  idf(term: string): number;
  /** The term with its idf and the corpus words it stands for (itself, or its typo corrections). */
  resolve(term: string): LexiconTerm;
}

/** The corpus idf of a term (a misspelt one weighs as its correction); 1 for every term when there are no statistics. */
export function termWeight(statistics: TermStatistics | undefined, term: string): number {
  if (!statistics) return 1;
  return statistics.resolve(term).idf;
}
