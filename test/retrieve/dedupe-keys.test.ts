import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DedupeGroups, dedupeKeyOf } from '../../src/retrieve/dedupe-keys.ts';
import { samplePassage } from '../store/sample-records.ts';

describe('dedupe groups', () => {
  it('treat texts differing only in case and spacing as one, å/ä/ö included', () => {
    expect(dedupeKeyOf('  Ärendet  ÖVER\nÅret ')).toBe('ärendet över året');
    const groups = new DedupeGroups();
    const [a, b, c] = [samplePassage('a', 'Fast läkarkontakt'), samplePassage('b', 'fast  LÄKARKONTAKT '), samplePassage('c', 'Fast lakarkontakt')];
    expect(groups.of(a)).toBe(groups.of(b));
    expect(groups.of(a)).not.toBe(groups.of(c));
    expect(dedupeKeyOf('ÅÄÖ')).toBe('ÅÄÖ'.toLocaleLowerCase('sv-SE'));
  });

  it('share a group exactly when the keys are equal', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[ aAåÅöÖİ\n]{0,6}$/), { maxLength: 12 }), (texts) => {
        const passages = texts.map((text, number) => samplePassage(`p${number}`, text));
        const groups = new DedupeGroups();
        for (const x of passages) for (const y of passages) expect(groups.of(x) === groups.of(y)).toBe(dedupeKeyOf(x.text) === dedupeKeyOf(y.text));
      }),
    );
  });
});
