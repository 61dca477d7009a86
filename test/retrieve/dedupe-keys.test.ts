import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dedupeGroups, dedupeKeyOf } from '../../src/retrieve/dedupe-keys.ts';
import { samplePassage } from '../store/sample-records.ts';

describe('dedupe groups', () => {
  it('treat texts differing only in case and spacing as one, å/ä/ö included', () => {
    expect(dedupeKeyOf('  Ärendet  ÖVER\nÅret ')).toBe('ärendet över året');
    const groups = dedupeGroups([samplePassage('a', 'Fast läkarkontakt'), samplePassage('b', 'fast  LÄKARKONTAKT '), samplePassage('c', 'Fast lakarkontakt')]);
    expect(groups.get('a')).toBe(groups.get('b'));
    expect(groups.get('a')).not.toBe(groups.get('c'));
  });

  it('share a group exactly when the keys are equal', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[ aAåÅöÖ\n]{0,6}$/), { maxLength: 12 }), (texts) => {
        const passages = texts.map((text, number) => samplePassage(`p${number}`, text));
        const groups = dedupeGroups(passages);
        for (const x of passages) for (const y of passages) expect(groups.get(x.id) === groups.get(y.id)).toBe(dedupeKeyOf(x.text) === dedupeKeyOf(y.text));
      }),
    );
  });
});
