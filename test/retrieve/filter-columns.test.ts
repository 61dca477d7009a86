import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFilterColumns } from '../../src/retrieve/filter-columns.ts';
import { passageFilter } from '../../src/retrieve/filters.ts';
import type { Passage, Report, ReportKind } from '../../src/types.ts';
import { samplePassage, sampleReport } from '../store/sample-records.ts';

// Region names written the ways reports write them; several spellings of one region must match each other.
const regionNames = ['Region Västerbotten', 'Västerbottens län', 'Region Halland', 'Halland', 'Region Jämtland Härjedalen', 'Gotland', 'Östra kommunerna'];
const themeIds = ['kontinuitet', 'mobila', 'slutenvard', 'digitalt'];
const kinds: ReportKind[] = ['survey-region', 'survey-municipal', 'report', 'slides'];
const years = [2020, 2021, 2022, 2023];

const catalogArbitrary = fc
  .record({
    reports: fc.array(fc.record({ region: fc.constantFrom(...regionNames), kind: fc.constantFrom(...kinds), year: fc.constantFrom(...years) }), { minLength: 1, maxLength: 6 }),
    passages: fc.array(
      fc.record({ report: fc.nat(7), theme: fc.constantFrom(...themeIds), secondary: fc.uniqueArray(fc.constantFrom(...themeIds), { maxLength: 2 }) }),
      { maxLength: 60 },
    ),
  })
  .map(({ reports, passages }) => {
    const built: Report[] = reports.map((report, number) => sampleReport(`r${number}`, report));
    // A report number past the list is a passage whose report is missing: it never passes a filter.
    const list: Passage[] = passages.map((passage, number) => {
      const secondary = passage.secondary.filter((theme) => theme !== passage.theme);
      return {
        ...samplePassage(`p${number}`, `Text ${number}.`, `r${passage.report}`, number),
        themeId: passage.theme,
        ...(secondary.length > 0 ? { secondaryThemeIds: secondary } : {}),
      };
    });
    return { reports: built, passages: list };
  });

const filtersArbitrary = fc.record(
  {
    regions: fc.array(fc.constantFrom(...regionNames, 'Skåne'), { maxLength: 3 }),
    themes: fc.array(fc.constantFrom(...themeIds, 'okänt'), { maxLength: 3 }),
    years: fc.array(fc.constantFrom(...years, 1999), { maxLength: 2 }),
    kinds: fc.array(fc.constantFrom(...kinds), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

describe('filter columns', () => {
  it('keep exactly the passages the plain predicate keeps, for any catalog and filter (also from the cache)', () => {
    fc.assert(
      fc.property(catalogArbitrary, filtersArbitrary, ({ reports, passages }, filters) => {
        const columns = buildFilterColumns(passages, reports);
        const predicate = passageFilter(filters, new Map(passages.map((passage) => [passage.id, passage])), new Map(reports.map((report) => [report.id, report])));
        const mask = columns.mask(filters);
        expect(mask === undefined).toBe(predicate === undefined);
        if (!mask || !predicate) return;
        const expected = passages.flatMap((passage, number) => (predicate(passage.id) ? [number] : []));
        expect([...mask.members]).toEqual(expected);
        expect([...mask.bits].flatMap((bit, number) => (bit ? [number] : []))).toEqual(expected);
        expect(columns.mask(structuredClone(filters))).toBe(mask);
      }),
      { numRuns: 300 },
    );
  });

  it('a region filter matches every spelling of the region', () => {
    const reports = [sampleReport('r0', { region: 'Region Västerbotten' }), sampleReport('r1', { region: 'Region Halland' })];
    const passages = [samplePassage('a', 'Ett.', 'r0'), samplePassage('b', 'Två.', 'r1')];
    const columns = buildFilterColumns(passages, reports);
    expect([...columns.mask({ regions: ['Västerbottens län'] })!.members]).toEqual([0]);
    expect(columns.mask({ regions: [] })).toBeUndefined();
  });
});
