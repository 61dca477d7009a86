import { describe, expect, it } from 'vitest';
import { holdsQuote, longestSharedRun, matchWords, requiredRun } from '../../src/eval/quote-match.ts';

describe('quote matching (the judge rule)', () => {
  it('lower-cases and splits on every non letter/digit run, keeping å ä ö', () => {
    expect(matchWords('Hälso- och sjukvård, 1177.se!')).toEqual(['hälso', 'och', 'sjukvård', '1177', 'se']);
  });
  it('requires min(all, max(5, 60 %)) words', () => {
    expect(requiredRun(3)).toBe(3);
    expect(requiredRun(6)).toBe(5);
    expect(requiredRun(20)).toBe(12);
  });
  it('finds the longest consecutive shared run', () => {
    expect(longestSharedRun(['a', 'b', 'c', 'd'], ['x', 'b', 'c', 'd', 'a'])).toBe(3);
    expect(longestSharedRun([], ['a'])).toBe(0);
  });
  it('accepts a passage holding most of a long quote in order and rejects scattered words', () => {
    const quote = 'I kommunen finns ett gemensamt team för hembesök hos äldre med stora vårdbehov.';
    expect(holdsQuote('Bakgrund. I kommunen finns ett gemensamt team för hembesök hos äldre.', quote)).toBe(true);
    expect(holdsQuote('Äldre med vårdbehov får hembesök av ett team som kommunen har.', quote)).toBe(false);
  });
  it('needs the whole of a short quote', () => {
    expect(holdsQuote('fast vårdkontakt', 'fast vårdkontakt i Halland')).toBe(false);
    expect(holdsQuote('om fast vårdkontakt i Halland.', 'fast vårdkontakt i Halland')).toBe(true);
  });
});
