import type { Hit, SearchFilters } from '../types.ts';

export type SearchMode = 'hybrid' | 'lexical' | 'dense';

export interface SearchOptions {
  k?: number;
  filters?: SearchFilters;
  mode?: SearchMode;
  /**
   * Cross-region questions: the best passages of every region instead of one long report filling the list.
   * Left out, search decides from the question (see cross-region.ts).
   */
  diverse?: boolean;
  /** With `diverse`, how many passages each region may contribute at most. */
  perRegion?: number;
}

/** How well the corpus supports a question; the answer layer refuses when `answerable` is false. */
export interface Answerability {
  answerable: boolean;
  /** 0..1, higher means better supported. */
  confidence: number;
  /** Swedish, for logs and the refusal text, e.g. "inga träffar på frågans nyckelord". */
  reason: string;
}

export interface SearchOutcome {
  hits: Hit[];
  answerability: Answerability;
}

export type Search = (query: string, options?: SearchOptions) => Promise<SearchOutcome>;
