import { describe, expect, it } from 'vitest';
import { diversifyByGroup } from '../../src/retrieve/diversify.ts';

// Letters are groups (regions), digits the rank within the group; the list is best first overall.
const items = ['h1', 'h2', 'h3', 'h4', 'd1', 'v1', 'h5', 'd2', 'g1'];
const group = (id: string) => id[0] ?? '';

describe('diversifyByGroup', () => {
  it('gives every group its minimum before the best of the rest, keeping best-first order', () => {
    expect(diversifyByGroup(items, group, 5, { minimumPerGroup: 1, maximumPerGroup: 10 })).toEqual(['h1', 'h2', 'd1', 'v1', 'g1']);
  });
  it('fills remaining places by overall rank up to the cap per group', () => {
    expect(diversifyByGroup(items, group, 7, { minimumPerGroup: 1, maximumPerGroup: 2 })).toEqual(['h1', 'h2', 'd1', 'v1', 'd2', 'g1']);
  });
  it('lets a minimum of two reach the second item of each group', () => {
    expect(diversifyByGroup(items, group, 6, { minimumPerGroup: 2, maximumPerGroup: 3 })).toEqual(['h1', 'h2', 'd1', 'v1', 'd2', 'g1']);
  });
  it('stops at k even when groups are not all served', () => {
    expect(diversifyByGroup(items, group, 2, { minimumPerGroup: 1, maximumPerGroup: 5 })).toEqual(['h1', 'd1']);
  });
  it('handles empty input and k of 0', () => {
    expect(diversifyByGroup([], group, 5, { minimumPerGroup: 1, maximumPerGroup: 2 })).toEqual([]);
    expect(diversifyByGroup(items, group, 0, { minimumPerGroup: 1, maximumPerGroup: 2 })).toEqual([]);
  });
});
