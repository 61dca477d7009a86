import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../src/store/bm25-index.ts';
import { maskFromPredicate } from '../../src/store/passage-mask.ts';
import { analyzeWords } from '../../src/text/analyze.ts';

/*
 * The fast path (columnar postings, precomputed impacts, a size-k heap, bitmap masks, memoised score
 * columns) against BM25 written out plainly. Words are plain nouns none of which is made of others, so
 * no compound splitting comes in and the plain scorer only needs analyzeWords.
 */
const vocabulary = ['bil', 'hus', 'katt', 'skog', 'sjö', 'berg', 'väg', 'stad', 'dal', 'fjäll', 'mark', 'gård', 'torg', 'park', 'älv', 'kust', 'hamn', 'bro'];
const k1 = 1.2;
const b = 0.75;

function plainScores(documents: { id: string; text: string }[], terms: { term: string; weight: number }[]): Map<string, number> {
  const words = documents.map((document) => analyzeWords(document.text));
  const averageLength = words.reduce((sum, list) => sum + list.length, 0) / Math.max(1, words.length);
  const scores = new Map<string, number>();
  documents.forEach((document, number) => {
    let score = 0;
    for (const { term, weight } of terms) {
      const frequency = words[number]!.filter((word) => word === term).length;
      if (frequency === 0 || weight <= 0) continue;
      const documentFrequency = words.filter((list) => list.includes(term)).length;
      const idf = Math.log(1 + (documents.length - documentFrequency + 0.5) / (documentFrequency + 0.5));
      score += weight * idf * ((frequency * (k1 + 1)) / (frequency + k1 * (1 - b + (b * words[number]!.length) / averageLength)));
    }
    if (score > 0) scores.set(document.id, score);
  });
  return scores;
}

/** Checks a ranked list against the plain scores: right scores, best first, nothing better left out. */
function expectRanking(found: { id: string; score: number }[], reference: Map<string, number>, k: number, keep: (id: string) => boolean = () => true): void {
  const expected = [...reference].filter(([id]) => keep(id)).sort((x, y) => y[1] - x[1]);
  expect(found.length).toBe(Math.min(k, expected.length));
  found.forEach((hit, position) => {
    expect(keep(hit.id)).toBe(true);
    expect(hit.score).toBeCloseTo(reference.get(hit.id)!, 4);
    expect(hit.score).toBeCloseTo(expected[position]![1], 4);
  });
}

const documentsArbitrary = fc
  .array(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 40 })
  .map((texts) => texts.map((words, number) => ({ id: `d${number}`, text: words.join(' ') })));
const termsArbitrary = fc.uniqueArray(
  fc.record({ word: fc.constantFrom(...vocabulary), weight: fc.constantFrom(0.5, 1, 2) }),
  { minLength: 1, maxLength: 4, selector: (entry) => entry.word },
).map((entries) => entries.map(({ word, weight }) => ({ term: analyzeWords(word)[0]!, weight })));

describe('Bm25Index against a plain BM25 scorer', () => {
  it('ranks like the plain formula for any documents, query and k', () => {
    fc.assert(
      fc.property(documentsArbitrary, termsArbitrary, fc.integer({ min: 0, max: 50 }), (documents, terms, k) => {
        expectRanking(Bm25Index.build(documents).search(terms, k), plainScores(documents, terms), k);
      }),
      { numRuns: 150 },
    );
  });

  it('a mask filter and a predicate filter keep the same best documents, asked once or again (memoised)', () => {
    fc.assert(
      fc.property(documentsArbitrary, termsArbitrary, fc.integer({ min: 0, max: 20 }), fc.array(fc.boolean(), { maxLength: 40 }), (documents, terms, k, flags) => {
        const index = Bm25Index.build(documents);
        const keep = (id: string) => flags[Number(id.slice(1))] ?? false;
        const mask = maskFromPredicate(documents.map((document) => document.id), keep);
        const reference = plainScores(documents, terms);
        const byPredicate = index.search(terms, k, keep);
        expectRanking(byPredicate, reference, k, keep);
        expect(index.search(terms, k, mask)).toEqual(byPredicate);
        expect(index.search(terms, k, mask)).toEqual(byPredicate);
        // A search after a masked one starts from clean scores.
        expect(index.search(terms, k)).toEqual(Bm25Index.build(documents).search(terms, k));
      }),
      { numRuns: 150 },
    );
  });
});
