import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchQueries } from '../../src/bench/queries.ts';
import { dedupeKeyOf } from '../../src/retrieve/dedupe-keys.ts';
import { passageFilter } from '../../src/retrieve/filters.ts';
import { regionKey } from '../../src/retrieve/regions.ts';
import type { Search, SearchMode } from '../../src/retrieve/search-types.ts';
import type { SearchFilters } from '../../src/types.ts';
import { buildSeedIndex, type SeedIndex } from '../support/seed-index.ts';

/**
 * What every `Search` promises, whatever its fast paths: at most k hits, best first, each passing the
 * filters (checked with the plain predicate), no text twice, ranks that match the mode, at most
 * `perRegion` per region when diverse, and a judgement in [0, 1]. Run on the real wiring over the seed index.
 */
function searchContract(name: string, setup: () => Promise<{ search: Search; seed: SeedIndex }>): void {
  describe(`Search contract: ${name}`, () => {
    let search: Search;
    let seed: SeedIndex;
    beforeAll(async () => {
      ({ search, seed } = await setup());
    }, 120_000);
    afterAll(() => seed?.remove());

    it('holds for any query, k, mode, filter and diversity setting', async () => {
      const { catalog } = seed.deps;
      const passagesById = new Map(catalog.passages.map((passage) => [passage.id, passage]));
      const reportsById = new Map(catalog.reports.map((report) => [report.id, report]));
      const filtersArbitrary: fc.Arbitrary<SearchFilters> = fc.record(
        {
          regions: fc.subarray(catalog.reports.map((report) => report.region), { maxLength: 2 }),
          themes: fc.subarray(catalog.themes.map((theme) => theme.id), { maxLength: 2 }),
          years: fc.subarray([...new Set(catalog.reports.flatMap((report) => (report.year === null ? [] : [report.year])))], { maxLength: 1 }),
        },
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...benchQueries),
          fc.integer({ min: 1, max: 25 }),
          fc.constantFrom<SearchMode>('lexical', 'dense', 'hybrid'),
          fc.option(filtersArbitrary, { nil: undefined }),
          fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
          async (query, k, mode, filters, perRegion) => {
            const diverse = perRegion !== undefined;
            const { hits, topic } = await search(query, { k, mode, filters, ...(diverse ? { diverse, perRegion } : {}) });
            expect(hits.length).toBeLessThanOrEqual(k);
            const keep = passageFilter(filters, passagesById, reportsById);
            for (const hit of hits) {
              if (keep) expect(keep(hit.passage.id)).toBe(true);
              expect(hit.report.id).toBe(hit.passage.reportId);
              if (mode === 'lexical') expect(hit.denseRank).toBeNull();
              if (mode === 'dense') expect(hit.lexicalRank).toBeNull();
              expect(hit.lexicalRank !== null || hit.denseRank !== null).toBe(true);
            }
            for (let at = 1; at < hits.length; at++) expect(hits[at - 1]!.score).toBeGreaterThanOrEqual(hits[at]!.score);
            expect(new Set(hits.map((hit) => dedupeKeyOf(hit.passage.text))).size).toBe(hits.length);
            if (diverse) {
              const perGroup = new Map<string, number>();
              for (const hit of hits) perGroup.set(regionKey(hit.report.region), (perGroup.get(regionKey(hit.report.region)) ?? 0) + 1);
              // Within a single region diversity changes nothing (a one-region filter keeps its k hits).
              if (perGroup.size > 1) for (const count of perGroup.values()) expect(count).toBeLessThanOrEqual(perRegion);
            }
            // Each hit says which of the question's topic terms it holds, judged once by search.
            const topicTerms = new Set(topic.map((entry) => entry.term));
            for (const hit of hits) {
              const matched = (hit.matches ?? []).map((match) => match.term);
              expect(new Set(matched).size).toBe(matched.length);
              for (const term of matched) expect(topicTerms.has(term)).toBe(true);
            }
          },
        ),
        { numRuns: 60 },
      );
    }, 120_000);

    it('a filter that keeps nothing finds nothing, and the same filter asked again gives the same hits', async () => {
      expect((await search(benchQueries[0]!, { k: 5, filters: { years: [1901] } })).hits).toEqual([]);
      const filters = { regions: [seed.deps.catalog.reports[0]!.region] };
      const first = await search(benchQueries[1]!, { k: 8, filters });
      const again = await search(benchQueries[1]!, { k: 8, filters: structuredClone(filters) });
      expect(again.hits.map((hit) => hit.passage.id)).toEqual(first.hits.map((hit) => hit.passage.id));
    });
  });
}

searchContract('createHybridSearch over the seed index (createServices)', async () => {
  const seed = await buildSeedIndex();
  return { search: seed.deps.search, seed };
});
