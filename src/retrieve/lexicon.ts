import type { Bm25Index } from '../store/bm25-index.ts';
import { bm25Idf } from '../store/bm25-scoring.ts';
import { wordSynonyms } from '../text/synonyms.ts';

/** A topic term of a question as the corpus knows it. */
export interface LexiconTerm {
  term: string;
  /** The corpus's idf (BM25's); a misspelt word borrows its correction's, a word no report uses gets that of document frequency 0. */
  idf: number;
  /** Whether some passage uses the term itself. */
  known: boolean;
  /**
   * What to look for in a passage: the term itself and the one-word synonyms the corpus uses; for an
   * unknown term without those, the corpus words it is a typo of (or itself when there are none).
   */
  forms: string[];
  /** Unknown itself, but the corpus uses a synonym ("hälsocentral" in a corpus of "vårdcentral"): present, in other words. */
  bySynonym: boolean;
  /** Unknown as a word of its own, but the head or opening of corpus compounds ("tillsyn" in "fjärrtillsyn"): present inside them. */
  inCompounds: boolean;
}

/**
 * The corpus vocabulary and its idf, read from the BM25 index: the one source of term statistics for
 * search, the evidence judge and sentence choice (nothing re-analyses the passages for them).
 */
export class Lexicon {
  private readonly terms: string[];
  private readonly documentFrequency: Int32Array;
  private readonly lexical: Bm25Index;
  readonly documentCount: number;
  readonly unknownIdf: number;

  constructor(lexical: Bm25Index) {
    const { terms, offsets } = lexical.data;
    this.lexical = lexical;
    this.terms = terms;
    this.documentCount = lexical.size;
    // Term numbers come from the BM25 index's own map (a second map of every term cost time and memory at start).
    this.documentFrequency = new Int32Array(terms.length);
    for (let number = 0; number < terms.length; number++) this.documentFrequency[number] = offsets[number + 1]! - offsets[number]!;
    this.unknownIdf = bm25Idf(0, this.documentCount);
  }

  /** Passages using the term (compound parts count, as in BM25); 0 when none. */
  frequency(term: string): number {
    const number = this.lexical.termNumber(term);
    return number === undefined ? 0 : this.documentFrequency[number]!;
  }

  idf(term: string): number {
    return bm25Idf(this.frequency(term), this.documentCount);
  }

  /**
   * The corpus words nearest (within a typo's distance) to a word the corpus does not use, most used first,
   * from the BM25 index's one typo search (same initial, near length).
   */
  corrections(term: string): string[] {
    if (this.lexical.termNumber(term) !== undefined) return [];
    const found = this.lexical.termsNear(term).map(({ number, distance }) => ({ term: this.terms[number]!, distance, frequency: this.documentFrequency[number]! }));
    // Only the nearest: "kontinutet" is one edit from "kontinuitet" and two from "kontinuer(lig)", a different word.
    const nearest = Math.min(...found.map((entry) => entry.distance));
    return found.filter((entry) => entry.distance === nearest).sort((a, b) => b.frequency - a.frequency || (a.term < b.term ? -1 : 1)).map((entry) => entry.term);
  }

  private readonly resolved = new Map<string, LexiconTerm>();

  /** The term as the corpus knows it; cached, since a per-region fan-out resolves the same terms once per region. */
  resolve(term: string): LexiconTerm {
    let entry = this.resolved.get(term);
    if (!entry) {
      entry = this.resolveUncached(term);
      if (this.resolved.size >= 50_000) this.resolved.clear();
      this.resolved.set(term, entry);
    }
    return entry;
  }

  private resolveUncached(term: string): LexiconTerm {
    const synonyms = wordSynonyms(term).filter((synonym) => this.frequency(synonym) > 0);
    const plain = { known: false, bySynonym: false, inCompounds: false };
    if (this.lexical.termNumber(term) !== undefined) return { ...plain, term, idf: this.idf(term), known: true, forms: [term, ...synonyms] };
    // A word the corpus knows only by a synonym is no typo of something else: it weighs as its rarest synonym.
    if (synonyms.length > 0) {
      return { ...plain, term, idf: Math.max(...synonyms.map((synonym) => this.idf(synonym))), forms: [term, ...synonyms], bySynonym: true };
    }
    // Nor is a word the corpus writes only inside compounds; it weighs as its commonest compound (matching finds it there).
    const holding = this.lexical.termsHolding(term);
    if (holding.length > 0) {
      const commonest = Math.max(...holding.map((number) => this.documentFrequency[number]!));
      return { ...plain, term, idf: bm25Idf(commonest, this.documentCount), forms: [term], inCompounds: true };
    }
    const corrections = this.corrections(term);
    if (corrections.length > 0) return { ...plain, term, idf: this.idf(corrections[0]!), forms: corrections };
    // Otherwise the word is still looked for inside the corpus's compounds and derivations.
    return { ...plain, term, idf: this.unknownIdf, forms: [term] };
  }
}
