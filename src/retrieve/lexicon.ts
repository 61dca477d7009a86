import type { Bm25Index } from '../store/bm25-index.ts';
import { bm25Idf } from '../store/bm25-scoring.ts';
import { boundedEditDistance, typoAllowance } from '../text/edit-distance.ts';
import { expansionWeights } from '../text/analyze.ts';

/** A topic term of a question as the corpus knows it. */
export interface LexiconTerm {
  term: string;
  /** The corpus's idf (BM25's); a misspelt word borrows its correction's, a word no report uses gets that of document frequency 0. */
  idf: number;
  /** Whether some passage uses the term itself. */
  known: boolean;
  /**
   * How much the term names a topic rather than being a generic word (0..1): a content word
   * ("patientkontrakt", "närakut") gathers in a few of the agreement's themes, a generic word or verb
   * ("står", "stor", "del", "fokus") spreads evenly over all of them. 1 when the corpus cannot tell.
   */
  specificity: number;
  /** What to look for in a passage: the term itself when known, else the corpus words it is a typo of (or itself when there are none). */
  forms: string[];
}

/**
 * The corpus vocabulary and its idf, read from the BM25 index: the one source of term statistics for
 * search, the evidence judge and sentence choice (nothing re-analyses the passages for them).
 */
export class Lexicon {
  private readonly terms: string[];
  private readonly numbers = new Map<string, number>();
  private readonly documentFrequency: Int32Array;
  private byInitial: Map<string, number[]> | undefined;
  private readonly lexical: Bm25Index;
  readonly documentCount: number;
  readonly unknownIdf: number;

  private readonly themesOf: ((id: string) => readonly string[]) | undefined;
  private readonly themeCount: number;
  private readonly specificityCache = new Map<string, number>();

  /** `themesOf` gives a passage's themes by id; without it every term counts as specific. */
  constructor(lexical: Bm25Index, themesOf?: (id: string) => readonly string[], themeCount = 0) {
    this.themesOf = themesOf;
    this.themeCount = themeCount;
    const { terms, offsets } = lexical.data;
    this.lexical = lexical;
    this.terms = terms;
    this.documentCount = lexical.size;
    this.documentFrequency = new Int32Array(terms.length);
    terms.forEach((term, number) => {
      this.numbers.set(term, number);
      this.documentFrequency[number] = offsets[number + 1]! - offsets[number]!;
    });
    this.unknownIdf = bm25Idf(0, this.documentCount);
  }

  /** Passages using the term (compound parts count, as in BM25); 0 when none. */
  frequency(term: string): number {
    const number = this.numbers.get(term);
    return number === undefined ? 0 : this.documentFrequency[number]!;
  }

  idf(term: string): number {
    return bm25Idf(this.frequency(term), this.documentCount);
  }

  /**
   * Corpus words one typo away from a word the corpus does not use, nearest first. Typos rarely hit the
   * first letter, so only words with the same initial are compared (a few thousand at most).
   */
  corrections(term: string): string[] {
    const allowance = typoAllowance(term);
    if (allowance === 0 || this.numbers.has(term)) return [];
    if (!this.byInitial) {
      this.byInitial = new Map();
      this.terms.forEach((candidate, number) => {
        const list = this.byInitial!.get(candidate[0]!) ?? [];
        list.push(number);
        this.byInitial!.set(candidate[0]!, list);
      });
    }
    const found: { term: string; distance: number; frequency: number }[] = [];
    for (const number of this.byInitial.get(term[0]!) ?? []) {
      const candidate = this.terms[number]!;
      if (Math.abs(candidate.length - term.length) > allowance) continue;
      const distance = boundedEditDistance(term, candidate, allowance);
      if (distance <= allowance) found.push({ term: candidate, distance, frequency: this.documentFrequency[number]! });
    }
    return found.sort((a, b) => a.distance - b.distance || b.frequency - a.frequency).map((entry) => entry.term);
  }

  /**
   * 1 − the normalised entropy of the term's passages over the themes, smoothed towards the corpus's
   * own theme spread so that a word seen in two passages is not taken as perfectly specific.
   */
  specificity(term: string): number {
    const number = this.numbers.get(term);
    if (number === undefined || !this.themesOf || this.themeCount < 2) return 1;
    const cached = this.specificityCache.get(term);
    if (cached !== undefined) return cached;
    const { offsets, postingDocuments, ids } = this.lexical.data;
    const counts = new Map<string, number>();
    let total = 0;
    for (let posting = offsets[number]!; posting < offsets[number + 1]!; posting++) {
      for (const theme of this.themesOf(ids[postingDocuments[posting]!]!)) {
        counts.set(theme, (counts.get(theme) ?? 0) + 1);
        total += 1;
      }
    }
    // A few pseudo-counts spread over every theme: rare words need evidence of concentration.
    const prior = 2;
    const smoothedTotal = total + prior;
    let entropy = 0;
    const spread = prior / this.themeCount;
    for (const count of counts.values()) {
      const p = (count + spread) / smoothedTotal;
      entropy -= p * Math.log(p);
    }
    const unseen = this.themeCount - counts.size;
    if (unseen > 0) {
      const p = spread / smoothedTotal;
      entropy -= unseen * p * Math.log(p);
    }
    const value = Math.max(0, Math.min(1, 1 - entropy / Math.log(this.themeCount)));
    if (this.specificityCache.size > 50_000) this.specificityCache.clear();
    this.specificityCache.set(term, value);
    return value;
  }

  resolve(term: string): LexiconTerm {
    if (this.numbers.has(term)) return { term, idf: this.idf(term), known: true, specificity: this.specificity(term), forms: [term] };
    const corrections = this.corrections(term);
    if (corrections.length > 0) return { term, idf: this.idf(corrections[0]!), known: false, specificity: this.specificity(corrections[0]!), forms: corrections };
    // A compound the corpus never writes ("hemsjukvårdsteam") is looked for as its parts, weighing as the rarer part.
    const parts = this.lexical.analyzeQuery(term).filter((entry) => entry.weight === expansionWeights.compoundPart && this.numbers.has(entry.term)).map((entry) => entry.term);
    const compoundParts = parts.length >= 2 ? parts.filter((part) => part !== term) : [];
    if (compoundParts.length >= 2) {
      const idf = Math.max(...compoundParts.map((part) => this.idf(part)));
      return { term, idf, known: false, specificity: Math.max(...compoundParts.map((part) => this.specificity(part))), forms: compoundParts };
    }
    // Otherwise the word is still looked for inside the corpus's compounds and derivations.
    return { term, idf: this.unknownIdf, known: false, specificity: 1, forms: [term] };
  }
}
