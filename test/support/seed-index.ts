import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from '../../src/config.ts';
import type { AppDeps } from '../../src/http/app-deps.ts';
import { createApp } from '../../src/http/create-app.ts';
import { buildIndex, type BuildIndexResult } from '../../src/ingest/build-index.ts';
import { createServices } from '../../src/services.ts';
import { listen, type Listening } from './serve.ts';

export const seedCorpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));

export interface SeedIndex {
  config: Config;
  build: BuildIndexResult;
  deps: AppDeps;
  remove(): Promise<void>;
}

/**
 * The real pipeline on the seed corpus with the offline embedder, in a temporary folder, so tests never
 * touch ./index. One parent folder, because the atomic swap writes siblings of the index folder.
 */
export async function buildSeedIndex(overrides: Partial<Config> = {}): Promise<SeedIndex> {
  const workFolder = await mkdtemp(path.join(tmpdir(), 'utblick-test-'));
  const config = loadConfig({}, {
    embedder: 'offline',
    corpusDir: seedCorpusDir,
    indexDir: path.join(workFolder, 'index'),
    cacheDir: path.join(workFolder, 'cache'),
    ...overrides,
  });
  const remove = () => rm(workFolder, { recursive: true, force: true });
  try {
    const build = await buildIndex(config);
    const deps = await createServices(config);
    return { config, build, deps, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

export type SeedServer = SeedIndex & Listening;

/** The real app over a fresh seed index on a free local port; close() stops it and removes the index. */
export async function serveSeedIndex(overrides: Partial<Config> = {}): Promise<SeedServer> {
  const seed = await buildSeedIndex(overrides);
  try {
    const listening = await listen(createApp(seed.deps));
    return {
      ...seed,
      ...listening,
      async close() {
        await listening.close();
        await seed.remove();
      },
    };
  } catch (error) {
    await seed.remove();
    throw error;
  }
}
