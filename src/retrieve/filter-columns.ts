import type { Passage, Report, SearchFilters } from '../types.ts';
import { membersOf, type PassageMask } from '../store/passage-mask.ts';
import { passageThemeIds } from '../store/passage-themes.ts';
import { regionKey } from './regions.ts';

/**
 * Filters as data, built once when the index is loaded: per value (region key, theme, year, kind) the
 * ascending list of passage numbers (catalog order) that have it. A filter is then the union of its
 * values' lists per field and the intersection across fields, as a bitmap (PassageMask); no string is
 * looked at per passage at query time. Recently used masks are kept, so that the same filter on every
 * question (a region picked in the UI, a per-region fan-out) is built once.
 */
export interface FilterColumns {
  readonly universe: readonly string[];
  /** The passages a filter keeps, or undefined when it filters nothing. Same meaning as passageFilter. */
  mask(filters: SearchFilters | undefined): PassageMask | undefined;
}

const cachedMasks = 64;

type Lists = Map<string | number, Int32Array>;

function listsOf(count: number, valuesOf: (number: number) => readonly (string | number)[]): Lists {
  const building = new Map<string | number, number[]>();
  for (let number = 0; number < count; number++) {
    for (const value of valuesOf(number)) {
      let list = building.get(value);
      if (!list) building.set(value, (list = []));
      if (list[list.length - 1] !== number) list.push(number);
    }
  }
  return new Map([...building].map(([value, list]) => [value, Int32Array.from(list)]));
}

export function buildFilterColumns(passages: readonly Passage[], reports: readonly Report[]): FilterColumns {
  const universe = passages.map((passage) => passage.id);
  const reportsById = new Map(reports.map((report) => [report.id, report]));
  // Region keys per report (a few thousand at most), not per passage.
  const keyByReport = new Map(reports.map((report) => [report.id, regionKey(report.region)]));
  const reportOf = (number: number) => reportsById.get(passages[number]!.reportId);
  const none: readonly never[] = [];
  const fields = {
    regions: listsOf(passages.length, (number) => {
      const key = keyByReport.get(passages[number]!.reportId);
      return key === undefined ? none : [key];
    }),
    themes: listsOf(passages.length, (number) => (reportOf(number) ? passageThemeIds(passages[number]!) : none)),
    years: listsOf(passages.length, (number) => {
      // An unknown year is in no year's list, so a year filter never keeps it.
      const year = reportOf(number)?.year;
      return year == null ? none : [year];
    }),
    kinds: listsOf(passages.length, (number) => {
      const report = reportOf(number);
      return report ? [report.kind] : none;
    }),
  };
  const cache = new Map<string, PassageMask>();

  const build = (selected: { lists: Lists; values: (string | number)[] }[]): PassageMask => {
    let bits: Uint8Array | undefined;
    for (const { lists, values } of selected) {
      const marked = new Uint8Array(universe.length);
      for (const value of values) for (const number of lists.get(value) ?? []) marked[number] = 1;
      if (bits) for (let number = 0; number < bits.length; number++) bits[number]! &= marked[number]!;
      else bits = marked;
    }
    return { universe, bits: bits!, members: membersOf(bits!) };
  };

  return {
    universe,
    mask(filters) {
      if (!filters) return undefined;
      // Normalised values per field, in a fixed order: the cache key, and what the lists are looked up by.
      const values: (string | number)[][] = [
        [...new Set((filters.regions ?? []).map(regionKey))].sort(),
        [...new Set(filters.themes ?? [])].sort(),
        [...new Set(filters.years ?? [])].sort((a, b) => a - b),
        [...new Set<string>(filters.kinds ?? [])].sort(),
      ];
      if (values.every((list) => list.length === 0)) return undefined;
      const key = JSON.stringify(values);
      let mask = cache.get(key);
      if (mask) {
        // Most recently used last, so the oldest is the first to go.
        cache.delete(key);
      } else {
        const lists = [fields.regions, fields.themes, fields.years, fields.kinds];
        mask = build(values.flatMap((list, field) => (list.length > 0 ? [{ lists: lists[field]!, values: list }] : [])));
        if (cache.size >= cachedMasks) cache.delete(cache.keys().next().value!);
      }
      cache.set(key, mask);
      return mask;
    },
  };
}
