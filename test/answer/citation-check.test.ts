import { describe, expect, it } from 'vitest';
import { checkCitations } from '../../src/answer/citation-check.ts';

describe('checkCitations', () => {
  it('keeps cited stretches and drops uncited ones', () => {
    const checked = checkCitations('Halland har mobila team [1]. Det är bra. Dalarna har robotar [2].', 2);
    expect(checked.lines).toEqual([{ prefix: '', segments: [{ text: 'Halland har mobila team.', cites: [1] }, { text: 'Det är bra. Dalarna har robotar.', cites: [2] }] }]);
  });
  it('drops a stretch citing only a passage it was not given', () => {
    const checked = checkCitations('Sant påstående [1].\nPåhittat påstående [9].', 2);
    expect(checked.lines).toHaveLength(1);
    expect(checked.dropped).toBe(1);
  });
  it('keeps the valid numbers of a mixed marker', () => {
    const checked = checkCitations('- Båda säger detta [1, 9][2].', 2);
    expect(checked.lines).toEqual([{ prefix: '- ', segments: [{ text: 'Båda säger detta.', cites: [1, 2] }] }]);
  });
  it('keeps headings and short lead-ins, drops trailing uncited text', () => {
    const checked = checkCitations('### Halland\nI Halland:\n- Team finns [1]. Mer utan källa', 1);
    expect(checked.lines[0]).toEqual({ heading: '### Halland' });
    expect(checked.lines[1]).toEqual({ heading: 'I Halland:' });
    expect(checked.dropped).toBe(1);
  });
  it('handles an empty reply', () => {
    expect(checkCitations('', 3)).toEqual({ lines: [], dropped: 0 });
  });
});
