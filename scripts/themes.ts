// npm run themes [-- --extra-corpus DIR] [--report PREFIX] [--passages]: per report, how many passages
// landed in each theme (primary / any) and the övrigt share, so a person sees at a glance where a
// report's text was filed. --extra-corpus stages corpus/ plus DIR in a temporary folder outside the
// repository; --passages also lists each passage's themes with its first words; --repeat N times the
// ingest N times after a warm-up and prints the median.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { stageCombinedCorpus } from '../src/ingest/combined-corpus.ts';
import { ingestCorpus } from '../src/ingest/ingest-corpus.ts';
import { themeAgreement, themeLabelSetSchema } from '../src/ingest/theme-agreement.ts';
import { ovrigtLine, themesPerReport, totalsPerKind } from '../src/ingest/theme-overview.ts';
import { passageThemeIds } from '../src/store/passage-themes.ts';

const { values } = parseArgs({
  options: {
    'extra-corpus': { type: 'string', multiple: true, default: [] },
    report: { type: 'string' },
    passages: { type: 'boolean', default: false },
    // Hand labels (test/fixtures/themes/multi-labels.json): agreement of the assigned themes with them.
    labels: { type: 'string', multiple: true, default: [] },
    // Ingest the corpus this many times and print the median (the machines are shared and noisy).
    repeat: { type: 'string', default: '1' },
  },
});

const config = loadConfig();
const extras = values['extra-corpus']!;
const staged = extras.length > 0 ? await stageCombinedCorpus(config.corpusDir, extras) : null;
try {
  const times: number[] = [];
  // CPU time as well as wall time: on shared machines the wall clock mostly measures the neighbours.
  const cpuTimes: number[] = [];
  let result = await ingestCorpus(staged?.dir ?? config.corpusDir);
  for (let round = 0; round < Math.max(1, Number(values.repeat)); round++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    result = await ingestCorpus(staged?.dir ?? config.corpusDir);
    const used = process.cpuUsage(cpu);
    times.push(performance.now() - started);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const ingestMs = median(times);
  const ingestCpuMs = median(cpuTimes);
  const labels = new Map(result.themes.map((theme) => [theme.id, theme.label]));
  const reports = result.reports.filter((report) => !values.report || report.id.startsWith(values.report));
  const rows = themesPerReport(reports, result.passages);
  for (const row of rows) {
    console.log(`${row.report.id} — ${row.report.title} (${row.report.region}, ${row.report.kind})`);
    console.log(`  ${ovrigtLine(row)}; utan formulärfråga: ${row.nonFormOvrigt} av ${row.nonForm} i övrigt`);
    const themes = [...row.byTheme].sort((a, b) => b[1].any - a[1].any || a[0].localeCompare(b[0]));
    for (const [themeId, counts] of themes) {
      console.log(`  ${String(counts.primary).padStart(4)} ${String(counts.any).padStart(4)}  ${labels.get(themeId) ?? themeId} (${themeId})`);
    }
    if (values.passages) {
      for (const passage of result.passages.filter((candidate) => candidate.reportId === row.report.id)) {
        const where = passage.question ? `fråga ${passage.question.number}` : passage.headingPath.at(-1) ?? '–';
        const start = passage.text.replace(/\s+/g, ' ').slice(0, 90);
        console.log(`    #${passage.ordinal} [${passageThemeIds(passage).join(', ')}] ${where} | ${start}`);
      }
    }
  }
  // Reports from an extra folder are counted apart, so that the seeds and e.g. the multi-region pages can be compared.
  const extraFiles = new Set((await Promise.all(extras.map((dir) => readdir(dir)))).flat());
  const files = new Map(result.reports.map((report) => [report.id, report.file]));
  const groupOf = (row: { report: { id: string; kind: string } }) =>
    extraFiles.has(files.get(row.report.id) ?? '') ? `${row.report.kind} (--extra-corpus)` : row.report.kind;
  console.log('\nUtan formulärfråga i övrigt, per dokumenttyp:');
  for (const total of totalsPerKind(rows, groupOf)) {
    const share = total.nonForm === 0 ? 0 : total.nonFormOvrigt / total.nonForm;
    console.log(`  ${total.kind}: ${total.nonFormOvrigt} av ${total.nonForm} (${(share * 100).toFixed(1)} %), ${total.reports} rapporter, ${total.passages} passager`);
  }
  const nonForm = rows.reduce((sum, row) => sum + row.nonForm, 0);
  const nonFormOvrigt = rows.reduce((sum, row) => sum + row.nonFormOvrigt, 0);
  console.log(`  alla: ${nonFormOvrigt} av ${nonForm} (${((nonForm === 0 ? 0 : nonFormOvrigt / nonForm) * 100).toFixed(1)} %)`);
  console.log(`\nInläsning (median av ${times.length}, efter en uppvärmning): ${(ingestMs / 1000).toFixed(2)} s (processortid ${(ingestCpuMs / 1000).toFixed(2)} s) för ${result.reports.length} rapporter, ${result.passages.length} passager.`);
  for (const labelFile of values.labels!) {
    const labels = themeLabelSetSchema.parse(JSON.parse(await readFile(labelFile, 'utf8')));
    const agreement = themeAgreement(labels, result.passages, (reportId) => files.get(reportId) ?? reportId);
    const line = (name: string, figures: { labelled: number; primary: number; anyTheme: number; themesPerPassage: number }) =>
      `  ${name}: ${figures.labelled} passager, primärt tema ${figures.primary.toFixed(3)}, något tema ${figures.anyTheme.toFixed(3)}, ${figures.themesPerPassage.toFixed(2)} teman per passage`;
    console.log(`\nÖverensstämmelse med handmärkningen (${path.basename(labelFile)}):`);
    console.log(line('alla', agreement.all));
    console.log(line('kalibrering', agreement.calibration));
    console.log(line('utelämnade', agreement.heldOut));
    console.log(line('nya (aldrig använda vid anpassningen)', agreement.fresh));
    if (agreement.drifted.length > 0) console.log(`  varning: annat antal passager än vid märkningen i ${agreement.drifted.join(', ')} (hoppades över)`);
    for (const miss of agreement.misses) console.log(`  avviker: ${miss.doc} #${miss.ordinal}: märkt ${miss.label}, fick ${miss.assigned.join(', ') || '–'}${miss.fresh ? ' (ny)' : ''}`);
  }
  for (const failure of result.failures) console.log(`Misslyckades: ${failure.file}: ${failure.reason}`);
} finally {
  await staged?.cleanup();
}
