import { describe, expect, it } from 'vitest';
import { analyzeTopic } from '../../../src/text/analyze.ts';
import { stemSwedish } from '../../../src/text/stem.ts';
import { splitSentences } from '../../../src/answer/evidence/sentences.ts';
import { stripEmails } from '../../../src/answer/evidence/privacy.ts';
import { buildExcerpt } from '../../../src/answer/evidence/excerpt.ts';

describe('analyzeTopic', () => {
  it('drops stop words, keeps numbers and å ä ö', () => {
    expect(analyzeTopic('Hur arbetar regionen med läkemedelsrobotar 2022?')).toEqual(analyzeTopic('läkemedelsrobot 2022'));
    expect(analyzeTopic('läkemedelsrobot 2022')).toHaveLength(2);
  });
  it('maps inflections to one stem', () => {
    expect(stemSwedish('kommunerna')).toBe(stemSwedish('kommuner'));
    expect(stemSwedish('patienter')).toBe(stemSwedish('patienten'));
  });
  it('returns nothing for empty or stop-word-only text', () => {
    expect(analyzeTopic('')).toEqual([]);
    expect(analyzeTopic('vad och hur')).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('keeps exact text and offsets of numbered items', () => {
    const text = '1. Första insatsen. Den pågår.\n2/ Andra insatsen har 12 500 besök.';
    const spans = splitSentences(text);
    expect(spans.map((s) => [s.text, s.item])).toEqual([
      ['Första insatsen.', 1],
      ['Den pågår.', 1],
      ['Andra insatsen har 12 500 besök.', 2],
    ]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
  it('does not split at abbreviations', () => {
    expect(splitSentences('Det gäller t.ex. Falun och bl.a. Borlänge. Nästa mening.').map((s) => s.text)).toEqual([
      'Det gäller t.ex. Falun och bl.a. Borlänge.',
      'Nästa mening.',
    ]);
  });
  it('skips form residue and empty text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('.....\n\n   \n.....')).toEqual([]);
  });
  it('strips bullets but keeps the sentence', () => {
    expect(splitSentences('- Mobila team i hela länet.').map((s) => s.text)).toEqual(['Mobila team i hela länet.']);
  });
});

describe('privacy', () => {
  it('removes e-mail addresses', () => {
    expect(stripEmails('Kontakt: anna.andersson@regionhalland.se eller omställningen @socialstyrelsen.se')).not.toMatch(/@/);
  });
});

describe('buildExcerpt', () => {
  it('marks the cited sentence', () => {
    expect(buildExcerpt('Ett. Två. Tre.', [{ start: 5, end: 9 }])).toBe('Ett. **Två.** Tre.');
  });
  it('cuts a long passage around the mark at word boundaries', () => {
    const text = `${'ord '.repeat(300)}Viktig mening här. ${'mer '.repeat(300)}`;
    const start = text.indexOf('Viktig');
    const excerpt = buildExcerpt(text, [{ start, end: start + 'Viktig mening här.'.length }]);
    expect(excerpt).toContain('**Viktig mening här.**');
    expect(excerpt.startsWith('… ')).toBe(true);
    expect(excerpt.endsWith(' …')).toBe(true);
    expect(excerpt.length).toBeLessThan(800);
  });
  it('works without marks and strips e-mail', () => {
    expect(buildExcerpt('Skriv till a.b@c.se.', [])).not.toContain('@');
  });
});
