import type { Passage, Report, SearchFilters } from '../types.ts';
import { passageThemeIds } from '../store/passage-themes.ts';
import { regionKey } from './regions.ts';

/** A predicate over passage ids, or undefined when nothing is filtered (so indexes can skip the check). */
export function passageFilter(
  filters: SearchFilters | undefined,
  passagesById: ReadonlyMap<string, Passage>,
  reportsById: ReadonlyMap<string, Report>,
): ((id: string) => boolean) | undefined {
  if (!filters) return undefined;
  const regions = nonEmpty(filters.regions)?.map(regionKey);
  const themes = nonEmpty(filters.themes);
  const years = nonEmpty(filters.years);
  const kinds = nonEmpty(filters.kinds);
  if (!regions && !themes && !years && !kinds) return undefined;
  const regionSet = regions && new Set(regions);
  const themeSet = themes && new Set(themes);
  const yearSet = years && new Set(years);
  const kindSet = kinds && new Set<string>(kinds);
  return (id: string) => {
    const passage = passagesById.get(id);
    const report = passage && reportsById.get(passage.reportId);
    if (!passage || !report) return false;
    if (regionSet && !regionSet.has(regionKey(report.region))) return false;
    if (themeSet && !passageThemeIds(passage).some((theme) => themeSet.has(theme))) return false;
    // A report of unknown year matches no year filter.
    if (yearSet && (report.year === null || !yearSet.has(report.year))) return false;
    if (kindSet && !kindSet.has(report.kind)) return false;
    return true;
  };
}

function nonEmpty<T>(values: T[] | undefined): T[] | undefined {
  return values && values.length > 0 ? values : undefined;
}
