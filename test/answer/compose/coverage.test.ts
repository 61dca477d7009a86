import { describe, expect, it } from 'vitest';
import { buildReportCatalog } from '../../../src/answer/report-catalog.ts';
import { coverageOf, coveragePassages } from '../../../src/answer/compose/coverage.ts';
import { fixtureCatalog } from '../fixture-catalog.ts';

describe('coverageOf', () => {
  it('counts a passage for each theme it carries, primary and secondary', () => {
    const catalog = fixtureCatalog();
    const before = coverageOf(buildReportCatalog(catalog));
    const target = catalog.passages.find((passage) => passage.reportId === 'halland' && passage.themeId === 'digitalisering')!;
    catalog.passages = catalog.passages.map((passage) => (passage.id === target.id ? { ...passage, secondaryThemeIds: ['ambulans'] } : passage));
    const after = coverageOf(buildReportCatalog(catalog));
    const cell = (coverage: typeof before, themeId: string) => coverage.cells.find((c) => c.region === 'Region Halland' && c.themeId === themeId)!;
    expect(cell(after, 'ambulans').passages).toBe(cell(before, 'ambulans').passages + 1);
    expect(cell(after, 'ambulans').reports).toBe(1);
    expect(cell(after, 'digitalisering')).toEqual(cell(before, 'digitalisering'));
    // Region totals count passages once, however many themes they carry.
    expect(after.regions).toEqual(before.regions);
  });
  it('has one cell per region and theme, and region totals that add up', () => {
    const index = buildReportCatalog(fixtureCatalog());
    const coverage = coverageOf(index);
    expect(coverage.cells).toHaveLength(coverage.regions.length * coverage.themes.length);
    expect(coverage.regions.reduce((sum, region) => sum + region.passages, 0)).toBe(index.catalog.passages.length);
  });
  it('shows a theme id the catalog does not list instead of dropping its passages', () => {
    const catalog = fixtureCatalog();
    catalog.passages = catalog.passages.map((passage, i) => (i === 0 ? { ...passage, themeId: 'okant-tema' } : passage));
    const coverage = coverageOf(buildReportCatalog(catalog));
    expect(coverage.themes.map((theme) => theme.id)).toContain('okant-tema');
  });
});

describe('coveragePassages', () => {
  it('lists the region’s passages on the theme, whatever spelling of the region is used', () => {
    const index = buildReportCatalog(fixtureCatalog());
    const passages = coveragePassages(index, 'Hallands län', 'digitalisering');
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.every((passage) => passage.reportId === 'halland')).toBe(true);
  });
});
