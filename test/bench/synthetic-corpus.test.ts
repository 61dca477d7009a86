import { describe, expect, it } from 'vitest';
import { heapsBeta, heapsK, splitSentences, syntheticCorpus } from '../../src/bench/synthetic-corpus.ts';
import type { Passage } from '../../src/types.ts';

function passage(id: string, themeId: string, text: string, question: Passage['question'] = null): Passage {
  return { id, reportId: 'r1', themeId, question, headingPath: ['Rubrik'], text, page: null, start: 0, end: text.length, isAgreementText: false, ordinal: 0 };
}

// Invented passages in the reports' style.
const source = {
  passages: [
    passage('a', 'kontinuitet', 'Vårdcentralerna har infört fast läkarkontakt. Andelen listade med fast läkare har ökat. Uppföljning sker varje kvartal.', {
      form: 'region',
      number: '9',
      text: 'Hur arbetar regionen med kontinuitet?',
    }),
    passage('b', 'kontinuitet', 'Patienter med kroniska sjukdomar får en fast vårdkontakt. Det minskar antalet akutbesök.'),
    passage('c', 'samverkan', 'Region och kommun har ett gemensamt forum. Utskrivningsprocessen följs upp månadsvis.\nMobila team gör hembesök.'),
    passage('d', 'digitalisering', 'Digitala vårdmöten erbjuds via 1177.'),
  ],
};

describe('syntheticCorpus', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const first = syntheticCorpus(source, { count: 300, seed: 7 });
    const again = syntheticCorpus(source, { count: 300, seed: 7 });
    const other = syntheticCorpus(source, { count: 300, seed: 8 });
    expect(again).toEqual(first);
    expect(other.passages.map((item) => item.text)).not.toEqual(first.passages.map((item) => item.text));
  });

  it('makes exactly `count` passages with distinct ids and distinct texts, in reports that exist', () => {
    const { passages, reports } = syntheticCorpus(source, { count: 1000, seed: 1, passagesPerReport: 40 });
    expect(passages).toHaveLength(1000);
    expect(new Set(passages.map((item) => item.id)).size).toBe(1000);
    expect(new Set(passages.map((item) => item.text)).size).toBe(1000);
    expect(reports).toHaveLength(25);
    expect(new Set(reports.map((report) => report.id)).size).toBe(25);
    const reportIds = new Set(reports.map((report) => report.id));
    expect(passages.every((item) => reportIds.has(item.reportId))).toBe(true);
    expect(reports.reduce((sum, report) => sum + report.passageCount, 0)).toBe(1000);
  });

  it('builds texts from the source sentences and keeps the anchor metadata', () => {
    const sentences = new Set(source.passages.flatMap((item) => splitSentences(item.text)));
    const { passages } = syntheticCorpus(source, { count: 200, seed: 3, vocabularyGrowth: false });
    for (const item of passages) {
      expect(source.passages.map((anchor) => anchor.themeId)).toContain(item.themeId);
      expect(item.text.length).toBeGreaterThan(0);
      // Every synthetic text is a sequence of source sentences joined by single spaces.
      let rest = item.text;
      while (rest.length > 0) {
        const next = [...sentences].find((sentence) => rest.startsWith(sentence));
        expect(next, rest).toBeDefined();
        rest = rest.slice(next!.length).trimStart();
      }
    }
    expect(passages.some((item) => item.question?.number === '9')).toBe(true);
  });

  it("grows its vocabulary with its size as Heaps' law says, and passages' offsets point into the cleaned texts", () => {
    const distinct = (count: number) => {
      const { passages } = syntheticCorpus(source, { count, seed: 5 });
      const words = passages.flatMap((item) => item.text.toLowerCase().match(/\p{L}+/gu) ?? []);
      return { words: words.length, distinct: new Set(words).size };
    };
    const small = distinct(500);
    const large = distinct(4000);
    // V = K·n^β: the ratio of distinct words follows the ratio of running words to the power β.
    const expected = (large.words / small.words) ** heapsBeta;
    expect(large.distinct / small.distinct).toBeGreaterThan(expected * 0.8);
    expect(large.distinct / small.distinct).toBeLessThan(expected * 1.25);
    expect(large.distinct).toBeLessThan(heapsK * large.words ** heapsBeta * 1.1);
    const { passages, cleanedTexts } = syntheticCorpus(source, { count: 300, seed: 5 });
    for (const item of passages) expect(cleanedTexts[item.reportId]!.slice(item.start, item.end)).toBe(item.text);
  });

  it('spreads reports over several regions, kinds and years', () => {
    const { reports } = syntheticCorpus(source, { count: 3000, seed: 2 });
    expect(new Set(reports.map((report) => report.region)).size).toBeGreaterThan(10);
    expect(new Set(reports.map((report) => report.kind)).size).toBe(4);
    expect(new Set(reports.map((report) => report.year)).size).toBeGreaterThan(3);
  });

  it('handles count 0 and rejects a source without text', () => {
    expect(syntheticCorpus(source, { count: 0 })).toEqual({ passages: [], reports: [], cleanedTexts: {} });
    expect(() => syntheticCorpus({ passages: [passage('x', 't', '  ')] }, { count: 1 })).toThrow(RangeError);
  });
});

describe('splitSentences', () => {
  it('splits after sentence ends and at line breaks, keeping abbreviations with lower-case after them', () => {
    expect(splitSentences('Det gäller t.ex. hemsjukvård. Nästa steg är 2023.\n- En punkt')).toEqual(['Det gäller t.ex. hemsjukvård.', 'Nästa steg är 2023.', '- En punkt']);
  });
});
