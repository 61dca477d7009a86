import { describe, expect, it } from 'vitest';
import { checkCitations, checkSentence } from '../../../src/answer/llm/citation-check.ts';

describe('checkCitations', () => {
  it('keeps each sentence that cites and drops each that does not', () => {
    const checked = checkCitations('Halland har mobila team [1]. Det är bra. Dalarna har robotar [2].', 2);
    expect(checked.lines).toEqual([{ prefix: '', segments: [{ text: 'Halland har mobila team.', cites: [1] }, { text: 'Dalarna har robotar.', cites: [2] }] }]);
    expect(checked.dropped).toBe(1);
  });
  it('drops a sentence citing only a passage it was not given', () => {
    const checked = checkCitations('Sant påstående [1].\nPåhittat påstående [9].', 2);
    expect(checked.lines).toHaveLength(1);
    expect(checked.dropped).toBe(1);
  });
  it('keeps the valid numbers of a mixed marker, and markers placed mid-sentence or after the stop', () => {
    expect(checkCitations('- Båda säger detta [1, 9][2].', 2).lines).toEqual([{ prefix: '- ', segments: [{ text: 'Båda säger detta.', cites: [1, 2] }] }]);
    expect(checkSentence('Halland [1] och Dalarna [2] har team.', 2)).toEqual({ text: 'Halland och Dalarna har team.', cites: [1, 2] });
    expect(checkCitations('Halland har team. [1] Dalarna har robotar. [2]', 2).lines[0]!.segments).toEqual([
      { text: 'Halland har team.', cites: [1] },
      { text: 'Dalarna har robotar.', cites: [2] },
    ]);
  });
  it('drops headings, lead-ins and trailing uncited text: they cite nothing', () => {
    const checked = checkCitations('### Halland\nI Halland:\n- Team finns [1]. Mer utan källa', 1);
    expect(checked.lines).toEqual([{ prefix: '- ', segments: [{ text: 'Team finns.', cites: [1] }] }]);
    expect(checked.dropped).toBe(3);
  });
  it('does not split at abbreviations', () => {
    expect(checkCitations('Team, t.ex. Mobila team i Halland, finns [1].', 1).lines[0]!.segments).toHaveLength(1);
  });
  it('handles an empty reply', () => {
    expect(checkCitations('', 3)).toEqual({ lines: [], dropped: 0 });
  });
});
