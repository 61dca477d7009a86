import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diversifyByGroup } from '../../src/retrieve/diversify.ts';
import { reciprocalRankFusion } from '../../src/retrieve/fusion.ts';

const listArbitrary = fc.uniqueArray(fc.constantFrom(...'abcdefghijklmnop'), { maxLength: 12 }).map((ids) => ids.map((id, rank) => ({ id, score: 100 - rank })));

describe('reciprocal rank fusion, against its definition', () => {
  it('scores every id as Σ weight / (k + rank), lists each id once with its ranks, best first', () => {
    fc.assert(
      fc.property(fc.array(listArbitrary, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 100 }), fc.array(fc.constantFrom(0.5, 1, 2), { minLength: 3, maxLength: 3 }), (lists, k, weights) => {
        const fused = reciprocalRankFusion(lists, { k, weights });
        const ids = new Set(lists.flatMap((list) => list.map((item) => item.id)));
        expect(new Set(fused.map((item) => item.id))).toEqual(ids);
        expect(fused).toHaveLength(ids.size);
        for (const item of fused) {
          let expected = 0;
          lists.forEach((list, listIndex) => {
            const rank = list.findIndex((entry) => entry.id === item.id);
            expect(item.ranks[listIndex]).toBe(rank >= 0 ? rank + 1 : null);
            if (rank >= 0) expected += weights[listIndex]! / (k + rank + 1);
          });
          expect(item.score).toBeCloseTo(expected, 12);
        }
        for (let at = 1; at < fused.length; at++) expect(fused[at - 1]!.score).toBeGreaterThanOrEqual(fused[at]!.score);
      }),
    );
  });
});

describe('region diversity, invariants', () => {
  const itemsArbitrary = fc.array(fc.constantFrom('Halland', 'Dalarna', 'Gotland', 'Skåne'), { maxLength: 30 }).map((groups) => groups.map((group, rank) => ({ rank, group })));
  it('keeps input order, takes at most k and at most the maximum per group, and gives every group its minimum when there is room', () => {
    fc.assert(
      fc.property(itemsArbitrary, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 6 }), (items, k, minimum, extra) => {
        const maximum = minimum + extra - 1;
        const chosen = diversifyByGroup(items, (item) => item.group, k, { minimumPerGroup: minimum, maximumPerGroup: maximum });
        expect(chosen.length).toBeLessThanOrEqual(k);
        expect(chosen.map((item) => item.rank)).toEqual([...chosen.map((item) => item.rank)].sort((a, b) => a - b));
        expect(new Set(chosen).size).toBe(chosen.length);
        const count = (group: string, list: typeof items) => list.filter((item) => item.group === group).length;
        const groups = [...new Set(items.map((item) => item.group))];
        for (const group of groups) expect(count(group, chosen)).toBeLessThanOrEqual(maximum);
        const room = groups.reduce((sum, group) => sum + Math.min(minimum, count(group, items)), 0) <= k;
        if (room) for (const group of groups) expect(count(group, chosen)).toBeGreaterThanOrEqual(Math.min(minimum, count(group, items)));
        // Nothing is left out that fits: a list shorter than k means every group is at its cap or exhausted.
        if (chosen.length < k) for (const group of groups) expect(count(group, chosen)).toBe(Math.min(maximum, count(group, items)));
      }),
    );
  });
});
