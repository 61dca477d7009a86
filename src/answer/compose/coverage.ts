import type { Passage } from '../../types.ts';
import { passageThemeIds } from '../../store/passage-themes.ts';
import { displayRegion, themeRef, type ReportCatalog } from '../report-catalog.ts';

export interface CoverageCell {
  region: string;
  themeId: string;
  passages: number;
  reports: number;
}

export interface Coverage {
  themes: { id: string; label: string }[];
  regions: { region: string; reports: number; passages: number }[];
  /** Every region × theme pair, zeros included, so a client can draw the grid without guessing. */
  cells: CoverageCell[];
}

/**
 * How much each region reports on each theme. A passage counts for every theme it carries (primary and
 * secondary), so a region writing about continuity under a digitalisation heading is seen on both.
 */
export function coverageOf(index: ReportCatalog): Coverage {
  const themes = index.catalog.themes.map((theme) => ({ id: theme.id, label: theme.label }));
  const known = new Set(themes.map((theme) => theme.id));
  const counts = new Map<string, { passages: number; reports: Set<string> }>();
  const regionTotals = new Map<string, { passages: number; reports: Set<string> }>(index.regions.map((region) => [region, { passages: 0, reports: new Set() }]));
  for (const report of index.catalog.reports) regionTotals.get(displayRegion(index, report.region))?.reports.add(report.id);

  for (const passage of index.catalog.passages) {
    const report = index.reportById.get(passage.reportId);
    if (!report) continue;
    const region = displayRegion(index, report.region);
    const total = regionTotals.get(region);
    if (total) total.passages += 1;
    for (const themeId of passageThemeIds(passage)) {
      // A theme id the catalog does not list still shows, under its own id, rather than vanish.
      if (!known.has(themeId)) {
        known.add(themeId);
        themes.push(themeRef(index, themeId));
      }
      const key = cellKey(region, themeId);
      const cell = counts.get(key) ?? { passages: 0, reports: new Set<string>() };
      cell.passages += 1;
      cell.reports.add(report.id);
      counts.set(key, cell);
    }
  }

  const cells = index.regions.flatMap((region) =>
    themes.map((theme) => {
      const cell = counts.get(cellKey(region, theme.id));
      return { region, themeId: theme.id, passages: cell?.passages ?? 0, reports: cell?.reports.size ?? 0 };
    }),
  );
  const regions = index.regions.map((region) => ({ region, reports: regionTotals.get(region)?.reports.size ?? 0, passages: regionTotals.get(region)?.passages ?? 0 }));
  return { themes, regions, cells };
}

/** A region's passages on one theme (primary or secondary), in report order, for the map's drill-down. */
export function coveragePassages(index: ReportCatalog, region: string, themeId: string): Passage[] {
  const wanted = displayRegion(index, region);
  return index.catalog.passages
    .filter((passage) => {
      const report = index.reportById.get(passage.reportId);
      return report !== undefined && displayRegion(index, report.region) === wanted && passageThemeIds(passage).includes(themeId);
    })
    .sort((a, b) => (a.reportId === b.reportId ? a.ordinal - b.ordinal : a.reportId.localeCompare(b.reportId)));
}

function cellKey(region: string, themeId: string): string {
  return `${region}\u0000${themeId}`;
}
