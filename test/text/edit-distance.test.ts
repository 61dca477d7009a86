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
