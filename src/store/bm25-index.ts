import { analyzeQuery, type WeightedTerm } from '../text/analyze.ts';
import { buildBm25Data } from './bm25-build.ts';
import { createCompoundSplitter, type CompoundSplitter } from '../text/compounds.ts';
import { boundedEditDistance, typoAllowance } from '../text/edit-distance.ts';
import { hasDigit, minimumHeadLength as compoundHeadLetters, minimumModifierLength as compoundOpeningLetters, partialMatchStrength } from '../text/matching.ts';
import { bm25Idf, bm25Impact, defaultBm25Params, topK, type Bm25Params } from './bm25-scoring.ts';
import { isPassageMask, MaskAlignment, type PassageFilter, type PassageMask } from './passage-mask.ts';

/** The index's columns (see bm25-build.ts); postings of term t are [offsets[t], offsets[t+1]) in the posting arrays. */
export interface Bm25Data {
  params: Bm25Params;
  ids: string[];
  terms: string[];
  offsets: Int32Array;
  postingDocuments: Int32Array;
  postingFrequencies: Int32Array;
  /** Words per document (compound parts not counted: they add no length to the text). */
  documentLengths: Int32Array;
  /** Per term, documents using it as a word of its own: the vocabulary compounds are split into. */
  standaloneFrequencies: Int32Array;
}

/** A typo-corrected term counts half: it may well be another word. */
const typoWeight = 0.5;

/**
 * A per-region fan-out asks the same query once per region. The last few masked queries keep their full
 * score column, so a repeat only selects the top k among the mask's members (a few µs) instead of
 * scoring every posting again. Small: one Float32Array per entry.
 */
const scoreMemoSize = 4;
/** Small on purpose: it serves repeats of one question (fan-out), not a cache of everything asked. */
const analysedQueryMemoSize = 4;
interface ScoreMemo {
  key: string;
  scores: Float32Array;
}

/** Words whose typo corrections are kept; a few thousand distinct question words cover a long session. */
const nearTermCacheSize = 10_000;

/** Term numbers grouped by keys of each term (none for a term `keysOf` skips): lookups for the typo and compound searches. */
function termNumbersBy(terms: readonly string[], keysOf: (term: string) => string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  terms.forEach((term, number) => {
    for (const key of keysOf(term)) {
      const list = groups.get(key);
      if (list) list.push(number);
      else groups.set(key, [number]);
    }
  });
  return groups;
}

/**
 * BM25 over Swedish search terms (src/text), with compound parts indexed as extra occurrences.
 * Columnar typed arrays and per-posting impacts computed once, so a query is a few tight loops.
 * Not re-entrant (one score buffer), which is fine in single-threaded Node.
 */
export class Bm25Index {
  readonly data: Bm25Data;
  private readonly termNumbers = new Map<string, number>();
  private readonly idf: Float32Array;
  private readonly impacts: Float32Array;
  private readonly scores: Float32Array;
  private readonly touched: Int32Array;
  private readonly splitter: CompoundSplitter;
  private termsByInitial: Map<string, number[]> | undefined;
  /** Term numbers by their last four and first five letters, made on first use (see termsHolding). */
  private termsByEdges: Map<string, number[]> | undefined;
  private readonly alignment: MaskAlignment;
  private memos: ScoreMemo[] = [];
  private readonly analysedQueries = new Map<string, WeightedTerm[]>();

  constructor(data: Bm25Data) {
    this.data = data;
    const documentCount = data.ids.length;
    data.terms.forEach((term, number) => this.termNumbers.set(term, number));
    this.idf = new Float32Array(data.terms.length);
    for (let term = 0; term < data.terms.length; term++) {
      this.idf[term] = bm25Idf(data.offsets[term + 1]! - data.offsets[term]!, documentCount);
    }
    let totalLength = 0;
    for (const length of data.documentLengths) totalLength += length;
    const averageLength = documentCount > 0 ? totalLength / documentCount : 0;
    this.impacts = new Float32Array(data.postingDocuments.length);
    for (let posting = 0; posting < data.postingDocuments.length; posting++) {
      const length = data.documentLengths[data.postingDocuments[posting]!]!;
      this.impacts[posting] = bm25Impact(data.postingFrequencies[posting]!, length, averageLength, data.params);
    }
    this.scores = new Float32Array(documentCount);
    this.touched = new Int32Array(documentCount);
    const vocabulary = new Map<string, number>();
    data.terms.forEach((term, number) => {
      if (data.standaloneFrequencies[number]! > 0) vocabulary.set(term, data.standaloneFrequencies[number]!);
    });
    this.splitter = createCompoundSplitter(vocabulary);
    this.alignment = new MaskAlignment(data.ids);
  }

  /** Builds from documents in order; ids should be unique (a repeated id is indexed twice). */
  static build(documents: readonly { id: string; text: string }[], params: Bm25Params = defaultBm25Params): Bm25Index {
    return new Bm25Index(buildBm25Data(documents, params));
  }

  get size(): number {
    return this.data.ids.length;
  }

  /** The term's number (its position in `data.terms`), or undefined when no document uses it. */
  termNumber(term: string): number | undefined {
    return this.termNumbers.get(term);
  }

  /** The idf of a search term, or undefined when no document uses it. */
  inverseDocumentFrequency(term: string): number | undefined {
    const number = this.termNumbers.get(term);
    return number === undefined ? undefined : this.idf[number];
  }

  get termCount(): number {
    return this.data.terms.length;
  }

  /**
   * Weighted query terms with this index's compound vocabulary, plus typo corrections for unknown words.
   * The last few queries are remembered: a per-region fan-out analyses one question 21 times.
   */
  analyzeQuery(query: string): WeightedTerm[] {
    const remembered = this.analysedQueries.get(query);
    if (remembered) return remembered.map((entry) => ({ ...entry }));
    const analysed = this.analyzeQueryAfresh(query);
    if (this.analysedQueries.size >= analysedQueryMemoSize) this.analysedQueries.delete(this.analysedQueries.keys().next().value!);
    this.analysedQueries.set(query, analysed);
    return analysed.map((entry) => ({ ...entry }));
  }

  private analyzeQueryAfresh(query: string): WeightedTerm[] {
    const analysed = analyzeQuery(query, { compounds: this.splitter });
    const known = new Set(analysed.map((entry) => entry.term));
    const corrections: WeightedTerm[] = [];
    for (const { term, weight } of analysed) {
      if (weight < 1 || this.termNumbers.has(term)) continue;
      for (const near of this.nearTerms(term)) {
        if (!known.has(near)) corrections.push({ term: near, weight: typoWeight });
        known.add(near);
      }
    }
    return [...analysed, ...corrections];
  }

  /**
   * Best first; a string query is analysed with `analyzeQuery`. Documents scoring 0 are never returned.
   * A mask filter is one array read per candidate; a predicate is called per candidate that could enter the top k.
   */
  search(query: string | readonly WeightedTerm[], k: number, filter?: PassageFilter): { id: string; score: number }[] {
    const terms = typeof query === 'string' ? this.analyzeQuery(query) : query;
    if (isPassageMask(filter)) return this.searchMasked(terms, Math.floor(k), filter);
    const touchedCount = this.score(terms);
    const ids = this.data.ids;
    const accept = filter ? (document: number) => filter(ids[document]!) : undefined;
    return this.collect(this.touched, touchedCount, this.scores, Math.floor(k), accept, true);
  }

  /** Accumulates the terms' impacts into `scores`; returns how many documents were touched (listed in `touched`). */
  private score(terms: readonly WeightedTerm[]): number {
    const { offsets, postingDocuments } = this.data;
    // Locals, not fields, in the hot loop: at 100,000 passages a query walks hundreds of thousands of postings.
    const scores = this.scores;
    const touched = this.touched;
    const impacts = this.impacts;
    let touchedCount = 0;
    for (const { term, weight } of terms) {
      const number = this.termNumbers.get(term);
      if (number === undefined || weight <= 0) continue;
      const factor = this.idf[number]! * weight;
      const end = offsets[number + 1]!;
      for (let posting = offsets[number]!; posting < end; posting++) {
        const document = postingDocuments[posting]!;
        if (scores[document] === 0) touched[touchedCount++] = document;
        scores[document]! += factor * impacts[posting]!;
      }
    }
    return touchedCount;
  }

  private collect(
    candidates: Int32Array,
    count: number,
    scores: Float32Array,
    k: number,
    accept: ((document: number) => boolean) | undefined,
    reset: boolean,
  ): { id: string; score: number }[] {
    const best = topK(candidates, count, scores, k, accept);
    const results = best.map((document) => ({ id: this.data.ids[document]!, score: scores[document]! }));
    if (reset) for (let index = 0; index < count; index++) scores[candidates[index]!] = 0;
    return results;
  }

  /**
   * With a mask: when the mask keeps fewer documents than the query touched, its members are the
   * candidates (from a memoised score column when the query was just asked); otherwise the touched
   * documents are, tested against the bitmap. Same results either way (topK breaks ties by document).
   */
  private searchMasked(terms: readonly WeightedTerm[], k: number, mask: PassageMask): { id: string; score: number }[] {
    const key = terms.map(({ term, weight }) => `${term}\u0000${weight}`).join('\u0001');
    const memo = this.memos.find((entry) => entry.key === key);
    const members = this.alignment.ownMembers(mask);
    if (memo) return this.collect(members, members.length, memo.scores, k, undefined, false);
    const touchedCount = this.score(terms);
    const scores = new Float32Array(this.scores.length);
    for (let index = 0; index < touchedCount; index++) scores[this.touched[index]!] = this.scores[this.touched[index]!]!;
    this.memos = [{ key, scores }, ...this.memos.slice(0, scoreMemoSize - 1)];
    const results =
      members.length < touchedCount
        ? this.collect(members, members.length, scores, k, undefined, false)
        : this.collect(this.touched, touchedCount, this.scores, k, this.alignment.accepts(mask), false);
    for (let index = 0; index < touchedCount; index++) this.scores[this.touched[index]!] = 0;
    return results;
  }

  /** Typo corrections by word: questions repeat their words far more often than whole questions. */
  private readonly nearTermCache = new Map<string, string[]>();

  private nearTerms(term: string): string[] {
    let near = this.nearTermCache.get(term);
    if (!near) {
      near = this.termsNear(term)
        .sort((a, b) => a.number - b.number)
        .map((found) => this.data.terms[found.number]!);
      if (this.nearTermCache.size >= nearTermCacheSize) this.nearTermCache.clear();
      this.nearTermCache.set(term, near);
    }
    return near;
  }

  /**
   * The corpus terms that hold a word the corpus never uses alone, by the one matching rule
   * (text/matching.ts): as the head of a compound ("tillsyn" in "fjärrtillsyn") or its opening. Looked
   * up by the word's last four or first five letters, the shortest a head or an opening may be.
   */
  termsHolding(term: string): number[] {
    if (term.length < compoundHeadLetters || hasDigit(term)) return [];
    this.termsByEdges ??= termNumbersBy(this.data.terms, (candidate) =>
      candidate.length <= compoundHeadLetters || hasDigit(candidate)
        ? []
        : [`>${candidate.slice(-compoundHeadLetters)}`, ...(candidate.length > compoundOpeningLetters ? [`<${candidate.slice(0, compoundOpeningLetters)}`] : [])],
    );
    const candidates = new Set([
      ...(this.termsByEdges.get(`>${term.slice(-compoundHeadLetters)}`) ?? []),
      ...(term.length >= compoundOpeningLetters ? (this.termsByEdges.get(`<${term.slice(0, compoundOpeningLetters)}`) ?? []) : []),
    ]);
    return [...candidates].filter((number) => {
      const candidate = this.data.terms[number]!;
      return candidate.length > term.length && partialMatchStrength(term, candidate) > 0;
    });
  }

  /**
   * The corpus terms within a typo's distance of a term (typoAllowance), with their distances, in no
   * particular order: the one typo search, for query expansion here and for the lexicon's corrections.
   */
  termsNear(term: string): { number: number; distance: number }[] {
    const allowance = typoAllowance(term);
    if (allowance === 0) return [];
    // Keyed by first letter and length: a typo within `allowance` edits only changes the length that much.
    this.termsByInitial ??= termNumbersBy(this.data.terms, (candidate) => [`${candidate[0]!}${candidate.length}`]);
    // Typos rarely hit the first letter; looking only there keeps this to a few thousand comparisons.
    const near: { number: number; distance: number }[] = [];
    for (let length = term.length - allowance; length <= term.length + allowance; length++) {
      for (const number of this.termsByInitial.get(`${term[0]!}${length}`) ?? []) {
        const distance = boundedEditDistance(term, this.data.terms[number]!, allowance);
        if (distance <= allowance) near.push({ number, distance });
      }
    }
    return near;
  }
}
