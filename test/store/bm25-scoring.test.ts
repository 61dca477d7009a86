import { describe, expect, it } from 'vitest';
import { bm25Idf, bm25Impact, defaultBm25Params, topK } from '../../src/store/bm25-scoring.ts';

describe('BM25 arithmetic', () => {
  it('gives rare terms more weight and never a negative idf', () => {
    expect(bm25Idf(1, 100)).toBeGreaterThan(bm25Idf(50, 100));
    expect(bm25Idf(100, 100)).toBeGreaterThan(0);
    expect(bm25Idf(0, 0)).toBeGreaterThan(0);
  });

  it('saturates term frequency and penalises long documents', () => {
    const impact = (tf: number, length: number) => bm25Impact(tf, length, 100, defaultBm25Params);
    expect(impact(2, 100)).toBeGreaterThan(impact(1, 100));
    expect(impact(100, 100)).toBeLessThan(defaultBm25Params.k1 + 1);
    expect(impact(1, 50)).toBeGreaterThan(impact(1, 200));
    expect(bm25Impact(1, 0, 0, defaultBm25Params)).toBeCloseTo(1, 6);
  });
});

describe('topK', () => {
  const scores = Float32Array.of(0.5, 2, 0, 2, 1, 3);
  const candidates = Int32Array.of(0, 1, 2, 3, 4, 5);

  it('returns the best first, ties in document order, zero scores never', () => {
    expect(topK(candidates, 6, scores, 10)).toEqual([5, 1, 3, 4, 0]);
    expect(topK(candidates, 6, scores, 2)).toEqual([5, 1]);
  });

  it('handles k = 0, no candidates and a filter that rejects all', () => {
    expect(topK(candidates, 6, scores, 0)).toEqual([]);
    expect(topK(candidates, 0, scores, 3)).toEqual([]);
    expect(topK(candidates, 6, scores, 3, () => false)).toEqual([]);
    expect(topK(candidates, 6, scores, 3, (document) => document % 2 === 0)).toEqual([4, 0]);
  });
});
