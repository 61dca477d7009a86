import { describe, expect, it } from 'vitest';
import { fanOutByRegion } from '../../../src/answer/evidence/region-fanout.ts';
import { judgeEvidence } from '../../../src/answer/evidence/evidence-judge.ts';
import type { TopicTerm } from '../../../src/answer/question/analysed-question.ts';
import type { Search } from '../../../src/retrieve/search-types.ts';
import type { Hit, TermMatch } from '../../../src/types.ts';
import { fixtureCatalog, hitFor } from '../fixture-catalog.ts';

const catalog = fixtureCatalog();
const topic: TopicTerm[] = [
  { term: 'mobil', surface: 'mobila', weight: 2.4, inCorpus: true, corrected: false },
  { term: 'team', surface: 'team', weight: 2.0, inCorpus: true, corrected: false },
  { term: 'hemsjukvard', surface: 'hemsjukvård', weight: 3.0, inCorpus: true, corrected: false },
];

function matched(terms: string[], strength = 1): TermMatch[] {
  return terms.map((term) => ({ term, strength, word: term }) as TermMatch);
}

/** A region's passages in search order, with the question's words they hold and their ranks. */
function regionHits(id: string, specs: { terms: string[]; lexicalRank: number | null; denseRank: number | null }[]): Hit[] {
  const base = hitFor(catalog, 'h-7', 1);
  return specs.map((spec, i) => ({
    ...base,
    passage: { ...base.passage, id: `${id}-${i}` },
    score: 1 - i / 10,
    lexicalRank: spec.lexicalRank,
    denseRank: spec.denseRank,
    matches: matched(spec.terms),
  }));
}

function searchOf(byRegion: Record<string, Hit[]>): Search {
  return async (_query, options) => ({ hits: byRegion[options?.filters?.regions?.[0] ?? ''] ?? [], topic: [] });
}

describe('fanOutByRegion', () => {
  const byRegion: Record<string, Hit[]> = {
    // A strong passage ranked below a weaker one: evidence comes strongest first.
    A: regionHits('a', [
      { terms: ['team'], lexicalRank: 1, denseRank: 3 },
      { terms: ['mobil', 'team', 'hemsjukvard'], lexicalRank: 2, denseRank: 1 },
      { terms: [], lexicalRank: null, denseRank: 9 },
    ]),
    // Only partial matches: the region's best passage may fall below the passage threshold.
    B: regionHits('b', [
      { terms: ['mobil'], lexicalRank: 2, denseRank: 4 },
      { terms: [], lexicalRank: null, denseRank: 8 },
    ]),
    C: [],
  };

  it("takes the passages the judge finds speaking to the question as each region's evidence, best first; a weaker best passage only as a mention", async () => {
    const regions = await fanOutByRegion(searchOf(byRegion), { query: 'mobila team hemsjukvård', topic, regions: ['A', 'B', 'C'], filters: {}, k: 5 });
    for (const entry of regions) {
      const verdict = judgeEvidence(topic, byRegion[entry.region]!);
      const speaking = verdict.answerable ? verdict.hits.filter((hit) => hit.speaksToQuestion) : [];
      const expected = speaking.sort((a, b) => b.probability - a.probability).map((hit) => hit.hit.passage.id);
      expect(entry.evidence.map((hit) => hit.passage.id)).toEqual(expected);
      // A region the judge finds answering is never silent: evidence, or its strongest passage cited as a mention.
      if (verdict.answerable) expect(entry.state === 'evidence' || entry.mention !== null).toBe(true);
      if (entry.state === 'mentioned') expect(entry.evidence).toEqual([]);
    }
    expect(regions[0]!.evidence[0]!.passage.id).toBe('a-1');
    expect(regions[2]!.state).toBe('none');
  });

  it('lets the strongest passage that can be quoted speak for a region whose best passage holds only people', async () => {
    const [people, work] = regionHits('d', [
      { terms: ['mobil', 'team', 'hemsjukvard'], lexicalRank: 1, denseRank: 1 },
      { terms: ['mobil', 'team'], lexicalRank: 2, denseRank: 2 },
    ]);
    const attendees = { ...people!, passage: { ...people!.passage, text: 'Med på plats:\n\n- [namn], chef för mobila team\n- [namn], samordnare för hemsjukvård' } };
    const described = { ...work!, passage: { ...work!.passage, text: 'Regionen har startat mobila team som gör hembesök.' } };
    const [entry] = await fanOutByRegion(searchOf({ D: [attendees, described] }), { query: 'mobila team hemsjukvård', topic, regions: ['D'], filters: {}, k: 5 });
    expect(entry!.evidence.map((hit) => hit.passage.id)).toEqual(['d-1']);
    expect(entry!.state).toBe('evidence');
  });
});
