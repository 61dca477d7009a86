import type { Passage, Report, ReportKind } from '../types.ts';
import { passageThemeIds } from '../store/passage-themes.ts';

/** Where one report's text was filed: passages per theme (primary and any), and the övrigt share. */
export interface ReportThemes {
  report: Pick<Report, 'id' | 'title' | 'kind' | 'region'>;
  passages: number;
  /** Passages answering no form question: the ones content theming has to place. */
  nonForm: number;
  ovrigt: number;
  nonFormOvrigt: number;
  /** Per theme id: passages with it as primary theme, and with it as any theme. */
  byTheme: Map<string, { primary: number; any: number }>;
}

/** A report with more than this share of its passages in övrigt is worth a warning. */
export const ovrigtWarningShare = 1 / 3;

export const ovrigtThemeId = 'ovrigt';

export function reportThemes(report: ReportThemes['report'], passages: readonly Passage[]): ReportThemes {
  const byTheme = new Map<string, { primary: number; any: number }>();
  let nonForm = 0;
  let ovrigt = 0;
  let nonFormOvrigt = 0;
  for (const passage of passages) {
    const isOvrigt = passage.themeId === ovrigtThemeId;
    if (isOvrigt) ovrigt += 1;
    if (!passage.question) {
      nonForm += 1;
      if (isOvrigt) nonFormOvrigt += 1;
    }
    passageThemeIds(passage).forEach((themeId, index) => {
      const counts = byTheme.get(themeId) ?? { primary: 0, any: 0 };
      counts.any += 1;
      if (index === 0) counts.primary += 1;
      byTheme.set(themeId, counts);
    });
  }
  return { report, passages: passages.length, nonForm, ovrigt, nonFormOvrigt, byTheme };
}

/** Share of a report's passages in övrigt (0 for a report without passages). */
export function ovrigtShare(themes: Pick<ReportThemes, 'passages' | 'ovrigt'>): number {
  return themes.passages === 0 ? 0 : themes.ovrigt / themes.passages;
}

/** The ingest summary's line on övrigt, with a warning when more than a third of the report is there. */
export function ovrigtLine(themes: Pick<ReportThemes, 'passages' | 'ovrigt'>): string {
  const share = ovrigtShare(themes);
  const line = `övrigt: ${themes.ovrigt} av ${themes.passages} passager (${Math.round(share * 100)} %)`;
  return share > ovrigtWarningShare ? `${line} — varning: mer än en tredjedel utan tema` : line;
}

export function themesPerReport(reports: readonly Report[], passages: readonly Passage[]): ReportThemes[] {
  const byReport = new Map<string, Passage[]>();
  for (const passage of passages) byReport.set(passage.reportId, [...(byReport.get(passage.reportId) ?? []), passage]);
  return reports.map((report) => reportThemes(report, byReport.get(report.id) ?? []));
}

export interface KindTotals {
  /** The report kind, or the group a caller sorts reports into (e.g. "report (extra)"). */
  kind: ReportKind | string;
  reports: number;
  passages: number;
  nonForm: number;
  nonFormOvrigt: number;
}

/** Non-form passages in övrigt per document kind: the figure issue 9 is measured by. */
export function totalsPerKind(rows: readonly ReportThemes[], groupOf: (row: ReportThemes) => string = (row) => row.report.kind): KindTotals[] {
  const totals = new Map<string, KindTotals>();
  for (const row of rows) {
    const kind = groupOf(row);
    const total = totals.get(kind) ?? { kind, reports: 0, passages: 0, nonForm: 0, nonFormOvrigt: 0 };
    total.reports += 1;
    total.passages += row.passages;
    total.nonForm += row.nonForm;
    total.nonFormOvrigt += row.nonFormOvrigt;
    totals.set(kind, total);
  }
  return [...totals.values()];
}
