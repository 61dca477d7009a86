import type { IngestResult } from './ingest-corpus.ts';
import { ovrigtLine, themesPerReport } from './theme-overview.ts';

/** A plain-text summary for `npm run ingest`: per report its passages, themes, övrigt share, form coverage and warnings. */
export function formatIngestSummary(result: IngestResult): string {
  const lines: string[] = [];
  const themes = new Map(themesPerReport(result.reports, result.passages).map((row) => [row.report.id, row]));
  for (const report of result.reports) {
    lines.push(`${report.id} — ${report.title} (${report.region}, ${report.kind}, ${report.year ?? 'okänt år'})`);
    lines.push(`  passager: ${report.passageCount}; teman (${report.themes.length}): ${report.themes.join(', ') || '–'}`);
    const filed = themes.get(report.id);
    if (filed && filed.passages > 0) lines.push(`  ${ovrigtLine(filed)}`);
    const coverage = result.questionCoverage[report.id];
    if (coverage) {
      const label = report.kind.startsWith('survey') ? 'frågor hittade' : 'formulärfrågor med passager';
      lines.push(`  ${label} (${coverage.form}): ${coverage.found.length}/${coverage.found.length + coverage.missed.length}`);
      if (coverage.missed.length > 0) lines.push(`  saknas: ${coverage.missed.join(', ')}`);
    }
    for (const warning of report.warnings) lines.push(`  varning: ${warning}`);
  }
  const totalPassages = result.passages.length;
  lines.push(`Totalt: ${result.reports.length} rapporter, ${totalPassages} passager.`);
  for (const failure of result.failures) lines.push(`Misslyckades: ${failure.file}: ${failure.reason}`);
  return lines.join('\n');
}

/** The closing lines when files failed: how many, which and why. */
export function formatFailureSummary(failures: IngestResult['failures'], readable: number): string {
  const lines = [`${failures.length} ${failures.length === 1 ? 'fil' : 'filer'} kunde inte läsas in (${readable} rapporter lästes):`];
  for (const failure of failures) lines.push(`  - ${failure.file}: ${failure.reason}`);
  return lines.join('\n');
}
