// The services an evaluation runs on: the configured index (rebuilt first when missing or stale, as
// npm start does), or corpus/ plus extra folders ingested into a temporary index (the documents stay
// where they are, nothing is copied into the repository).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../src/config.ts';
import { buildIndex } from '../src/ingest/build-index.ts';
import { stageCombinedCorpus } from '../src/ingest/combined-corpus.ts';
import { indexFreshness } from '../src/ingest/index-freshness.ts';
import { createServices } from '../src/services.ts';

export async function evalServices(extras: string[]) {
  const cleanups: (() => Promise<void>)[] = [];
  let config: Config = loadConfig();
  if (extras.length > 0) {
    const staged = await stageCombinedCorpus(config.corpusDir, extras);
    const work = await mkdtemp(path.join(tmpdir(), 'utblick-eval-'));
    cleanups.push(staged.cleanup, () => rm(work, { recursive: true, force: true }));
    config = { ...config, corpusDir: staged.dir, indexDir: path.join(work, 'index') };
    const built = await buildIndex(config);
    console.log(`Tillfälligt index: ${built.manifest.counts.reports} rapporter, ${built.manifest.counts.passages} passager (corpus/ + ${extras.join(', ')})`);
  } else {
    const freshness = await indexFreshness(config);
    if (!freshness.fresh) {
      console.log(`Bygger index: ${freshness.reason}`);
      await buildIndex(config);
    }
  }
  const deps = await createServices(config);
  return { deps, cleanup: async () => { for (const cleanup of cleanups) await cleanup(); } };
}
