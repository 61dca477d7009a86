// npm run ingest: the whole corpus into the index folder, with progress and a per-report summary.
import { loadConfig } from '../src/config.ts';
import { createProgressBar } from '../src/cli/progress-bar.ts';
import { buildIndex } from '../src/ingest/build-index.ts';
import { formatIngestSummary } from '../src/ingest/format-summary.ts';

const config = loadConfig();
const bar = createProgressBar();
try {
  const result = await buildIndex(config, { onProgress: (stage, done, total, detail) => bar.update(stage, done, total, detail) });
  console.log(formatIngestSummary(result.ingest));
  const { ingestMs, embedMs, writeMs } = result.timings;
  console.log(
    `\nIndex: ${config.indexDir} (${result.manifest.counts.passages} passager, ${result.manifest.counts.lexicalTerms} termer)\n` +
      `Inbäddare: ${result.manifest.embedder.id}${result.manifest.embedder.kind === 'offline' ? ' (reservinbäddning utan modell)' : ''}\n` +
      `Vektorer ur cachen: ${result.cachedVectors} av ${result.manifest.counts.passages}\n` +
      `Tid: läsa ${(ingestMs / 1000).toFixed(2)} s, bädda in ${(embedMs / 1000).toFixed(2)} s, skriva ${(writeMs / 1000).toFixed(2)} s`,
  );
  if (result.ingest.failures.length > 0) process.exitCode = 0; // failures are reported in the summary; the rest is indexed
} catch (error) {
  console.error(`Inläsningen misslyckades: ${error instanceof Error ? error.message : String(error)}`);
  console.error('Det tidigare indexet (om något) är orört.');
  process.exit(1);
}
