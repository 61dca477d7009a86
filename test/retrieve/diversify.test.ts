import { describe, expect, it } from 'vitest';
import { diversifyByGroup } from '../../src/retrieve/diversify.ts';

const items = ['h1', 'h2', 'h3', 'h4', 'd1', 'v1', 'd2'];
const group = (id: string) => id[0] ?? '';

describe('diversifyByGroup', () => {
  it('gives every group a place before any group gets a second', () => {
    expect(diversifyByGroup(items, group, 3)).toEqual(['h1', 'd1', 'v1']);
  });
  it('keeps order within a group and fills up when groups run out', () => {
    expect(diversifyByGroup(items, group, 7)).toEqual(['h1', 'd1', 'v1', 'h2', 'd2', 'h3', 'h4']);
  });
  it('caps items per group', () => {
    expect(diversifyByGroup(items, group, 10, 1)).toEqual(['h1', 'd1', 'v1']);
  });
  it('handles empty input and k of 0', () => {
    expect(diversifyByGroup([], group, 5)).toEqual([]);
    expect(diversifyByGroup(items, group, 0)).toEqual([]);
  });
});
