import type { Hit, SearchFilters } from '../types.ts';
import type { LexiconTerm } from './lexicon.ts';

export type SearchMode = 'hybrid' | 'lexical' | 'dense';

export interface SearchOptions {
  k?: number;
  filters?: SearchFilters;
  mode?: SearchMode;
  /**
   * Cross-region questions: the best passages of every region instead of one long report filling the list.
   * The caller decides (the answer plans it once from the analysed question); left out, search does not diversify.
   */
  diverse?: boolean;
  /** With `diverse`, how many passages each region may contribute at most. */
  perRegion?: number;
  /**
   * The question's topic terms (search forms) as the answer analysed them, without region names and
   * question words; left out, search takes the query's own topic terms.
   */
  topic?: string[];
}

/**
 * Hits best first, each with the topic terms it holds (`Hit.matches`), and the topic terms as the corpus
 * knows them (idf, typo corrections). Whether that answers the question is the answer layer's judgement.
 */
export interface SearchOutcome {
  hits: Hit[];
  topic: LexiconTerm[];
}

export type Search = (query: string, options?: SearchOptions) => Promise<SearchOutcome>;
