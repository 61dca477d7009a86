import { describe, expect, it } from 'vitest';
import { normaliseScores, reciprocalRankFusion } from '../../src/retrieve/fusion.ts';

describe('reciprocalRankFusion', () => {
  it('returns nothing for no lists or empty lists', () => {
    expect(reciprocalRankFusion([])).toEqual([]);
    expect(reciprocalRankFusion([[], []])).toEqual([]);
  });

  it('rewards an item found by both lists over items found by one', () => {
    const fused = reciprocalRankFusion([
      [{ id: 'a', score: 9 }, { id: 'b', score: 5 }],
      [{ id: 'c', score: 0.9 }, { id: 'b', score: 0.8 }],
    ]);
    expect(fused[0]?.id).toBe('b');
    expect(fused[0]?.ranks).toEqual([2, 2]);
    expect(fused.find((item) => item.id === 'a')?.ranks).toEqual([1, null]);
  });

  it('ignores raw score scales: only ranks matter', () => {
    const small = reciprocalRankFusion([[{ id: 'x', score: 0.001 }, { id: 'y', score: 0.0001 }]]);
    const large = reciprocalRankFusion([[{ id: 'x', score: 1000 }, { id: 'y', score: 999 }]]);
    expect(small.map((item) => item.score)).toEqual(large.map((item) => item.score));
  });

  it('keeps first-appearance order on ties and counts a repeated id once', () => {
    const fused = reciprocalRankFusion([
      [{ id: 'a', score: 1 }, { id: 'a', score: 1 }],
      [{ id: 'b', score: 1 }],
    ]);
    expect(fused.map((item) => item.id)).toEqual(['a', 'b']);
    expect(fused[0]?.score).toBeCloseTo(1 / 61);
  });

  it('applies list weights', () => {
    const fused = reciprocalRankFusion(
      [[{ id: 'a', score: 1 }], [{ id: 'b', score: 1 }]],
      { weights: [1, 2] },
    );
    expect(fused[0]?.id).toBe('b');
  });
});

describe('normaliseScores', () => {
  it('handles an empty list', () => expect(normaliseScores([])).toEqual([]));
  it('maps equal scores, including a max of 0, to 1', () => {
    expect(normaliseScores([{ id: 'a', score: 0 }, { id: 'b', score: 0 }]).map((i) => i.score)).toEqual([1, 1]);
  });
  it('scales to [0, 1]', () => {
    expect(normaliseScores([{ id: 'a', score: 4 }, { id: 'b', score: 2 }, { id: 'c', score: 3 }]).map((i) => i.score)).toEqual([1, 0, 0.5]);
  });
});
