// npm start: build the index when it is missing or stale, then serve.
import { loadConfig } from '../src/config.ts';
import { createProgressBar } from '../src/cli/progress-bar.ts';
import { buildIndex } from '../src/ingest/build-index.ts';
import { formatIngestSummary } from '../src/ingest/format-summary.ts';
import { indexFreshness } from '../src/ingest/index-freshness.ts';
import { serveAll } from '../src/main.ts';

const config = loadConfig();
try {
  const freshness = await indexFreshness(config);
  if (freshness.fresh) {
    console.log(`[utblick] ${freshness.reason}`);
  } else {
    console.log(`[utblick] bygger index: ${freshness.reason}`);
    const bar = createProgressBar();
    const result = await buildIndex(config, { onProgress: (stage, done, total, detail) => bar.update(stage, done, total, detail) });
    console.log(formatIngestSummary(result.ingest));
  }
  await serveAll(config);
} catch (error) {
  console.error(`[utblick] kunde inte starta: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
