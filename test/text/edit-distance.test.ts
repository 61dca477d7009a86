import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance, typoAllowance } from '../../src/text/edit-distance.ts';

describe('boundedEditDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(boundedEditDistance('kontinuitet', 'kontinuitet', 2)).toBe(0);
    expect(boundedEditDistance('kontinutet', 'kontinuitet', 2)).toBe(1);
    expect(boundedEditDistance('samverkna', 'samverkan', 2)).toBe(1);
    expect(boundedEditDistance('vard', 'vord', 1)).toBe(1);
  });

  it('gives up past the limit', () => {
    expect(boundedEditDistance('ambulans', 'kontinuitet', 2)).toBe(3);
    expect(boundedEditDistance('', 'abc', 1)).toBe(2);
  });

  it('allows no typos in short words', () => {
    expect(typoAllowance('vård')).toBe(0);
    expect(typoAllowance('region')).toBe(1);
    expect(typoAllowance('kontinuitet')).toBe(2);
  });
});

/** Optimal string alignment distance, the whole table, no early exit. */
function plainDistance(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      table[i]![j] = Math.min(table[i - 1]![j]! + 1, table[i]![j - 1]! + 1, table[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) table[i]![j] = Math.min(table[i]![j]!, table[i - 2]![j - 2]! + 1);
    }
  }
  return table[a.length]![b.length]!;
}

describe('boundedEditDistance against the plain table', () => {
  it('is the distance, or limit + 1 past the limit, for any two words and lengths in any order', () => {
    const word = fc.stringMatching(/^[abcåö]{0,14}$/);
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        expect(boundedEditDistance(a, b, limit)).toBe(Math.min(plainDistance(a, b), limit + 1));
      }),
      { numRuns: 2000 },
    );
  });
});
