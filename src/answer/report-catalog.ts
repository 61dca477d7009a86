import type { Passage, Report, Theme } from '../types.ts';
import type { TermStatistics } from './evidence/term-statistics.ts';
import { Lexicon } from '../retrieve/lexicon.ts';
import { regionKey } from '../retrieve/regions.ts';
import { Bm25Index } from '../store/bm25-index.ts';
import { searchTextOf } from '../store/search-text.ts';

/** Everything ingestion produced that the answer layer reads besides search. */
export interface ReportCatalogData {
  reports: Report[];
  passages: Passage[];
  themes: Theme[];
  /** Cleaned report text by report id, for the source view. */
  cleanedTexts: Record<string, string>;
  /** The corpus vocabulary over the served BM25 index; made from the passages when absent (small test catalogs). */
  lexicon?: Lexicon;
}

/**
 * The report catalog (reports, passages, themes) with look-ups, built once at start-up. It lists what was
 * ingested; it is not one of the search indexes (BM25, vectors), which live in store/ and retrieve/.
 */
export interface ReportCatalog {
  catalog: ReportCatalogData;
  passageById: Map<string, Passage>;
  reportById: Map<string, Report>;
  themeById: Map<string, Theme>;
  /** Passages of each report ordered by ordinal, for neighbours. */
  passagesByReport: Map<string, Passage[]>;
  /** Distinct regions in the catalog's own spelling, first spelling wins ("Region Halland"). */
  regions: string[];
  statistics: TermStatistics;
}

export function buildReportCatalog(catalog: ReportCatalogData): ReportCatalog {
  const passagesByReport = new Map<string, Passage[]>();
  for (const passage of catalog.passages) {
    const list = passagesByReport.get(passage.reportId) ?? [];
    list.push(passage);
    passagesByReport.set(passage.reportId, list);
  }
  for (const list of passagesByReport.values()) list.sort((a, b) => a.ordinal - b.ordinal);
  const regions: string[] = [];
  const seen = new Set<string>();
  for (const report of catalog.reports) {
    const key = regionKey(report.region);
    if (seen.has(key)) continue;
    seen.add(key);
    regions.push(report.region);
  }
  return {
    catalog,
    passageById: new Map(catalog.passages.map((passage) => [passage.id, passage])),
    reportById: new Map(catalog.reports.map((report) => [report.id, report])),
    themeById: new Map(catalog.themes.map((theme) => [theme.id, theme])),
    passagesByReport,
    regions,
    statistics: catalog.lexicon ?? lexiconOf(catalog),
  };
}

/** The same statistics the service reads from its index, for a catalog that comes without one. */
function lexiconOf(catalog: ReportCatalogData): Lexicon {
  const reports = new Map(catalog.reports.map((report) => [report.id, report]));
  return new Lexicon(Bm25Index.build(catalog.passages.map((passage) => ({ id: passage.id, text: searchTextOf(passage, reports.get(passage.reportId)) }))));
}

/** Theme id and label; an id without a catalog entry is shown as its own label. */
export function themeRef(index: ReportCatalog, themeId: string): { id: string; label: string } {
  return { id: themeId, label: index.themeById.get(themeId)?.label ?? themeId };
}

/** Catalog region of a report, in the catalog's first spelling, so that two reports of a region group together. */
export function displayRegion(index: ReportCatalog, region: string): string {
  const key = regionKey(region);
  return index.regions.find((candidate) => regionKey(candidate) === key) ?? region;
}

/** Years each report covers: its year and, when it spans years, the whole period. */
export function coveredYears(reports: Report[]): Set<number> {
  const years = new Set<number>();
  for (const report of reports) {
    if (report.year !== null) years.add(report.year);
    const span = report.period?.match(/(\d{4})\D+(\d{4})/);
    if (span) for (let year = Number(span[1]); year <= Number(span[2]); year += 1) years.add(year);
  }
  return years;
}
