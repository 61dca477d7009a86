// npm run ingest [-- --tolerate-failures]: the whole corpus into the index folder, with progress and a
// per-report summary. Exits 1 when a file could not be read, leaving the index as it was, unless
// failures are tolerated (the flag or UTBLICK_TOLERATE_INGEST_FAILURES=true): then the readable
// reports are indexed and the failures listed.
import { loadConfig } from '../src/config.ts';
import { createProgressBar } from '../src/cli/progress-bar.ts';
import { isAppError } from '../src/errors.ts';
import { buildIndex } from '../src/ingest/build-index.ts';
import { formatFailureSummary, formatIngestSummary } from '../src/ingest/format-summary.ts';
import type { IngestResult } from '../src/ingest/ingest-corpus.ts';

const config = loadConfig();
const tolerateFailures = process.argv.includes('--tolerate-failures') || config.tolerateIngestFailures;
const bar = createProgressBar();
try {
  const result = await buildIndex(config, {
    tolerateFailures,
    onProgress: (stage, done, total, detail) => bar.update(stage, done, total, detail),
  });
  console.log(formatIngestSummary(result.ingest));
  const { ingestMs, embedMs, writeMs } = result.timings;
  console.log(
    `\nIndex: ${config.indexDir} (${result.manifest.counts.passages} passager, ${result.manifest.counts.lexicalTerms} termer)\n` +
      `Inbäddare: ${result.manifest.embedder.id}${result.manifest.embedder.kind === 'offline' ? ' (reservinbäddning utan modell)' : ''}\n` +
      `Vektorer ur cachen: ${result.cachedVectors} av ${result.manifest.counts.passages}\n` +
      `Tid: läsa ${(ingestMs / 1000).toFixed(2)} s, bädda in ${(embedMs / 1000).toFixed(2)} s, skriva ${(writeMs / 1000).toFixed(2)} s`,
  );
  if (result.ingest.failures.length > 0) {
    console.log(`\n${formatFailureSummary(result.ingest.failures, result.ingest.reports.length)}\nFelen godtogs (--tolerate-failures); övriga rapporter är indexerade.`);
  }
} catch (error) {
  const ingest = isAppError(error) ? (error.details?.ingest as IngestResult | undefined) : undefined;
  console.error(`\nInläsningen misslyckades: ${error instanceof Error ? error.message : String(error)}`);
  console.error('Det tidigare indexet (om något) är orört.');
  if (ingest) {
    console.error('Rätta eller ta bort filerna, eller kör `npm run ingest -- --tolerate-failures` (UTBLICK_TOLERATE_INGEST_FAILURES=true) för att indexera övriga rapporter.');
  }
  process.exit(1);
}
