import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexFreshness } from '../../src/ingest/index-freshness.ts';
import { bundleFiles } from '../../src/store/index-bundle.ts';
import { buildSeedIndex, type SeedIndex } from '../support/seed-index.ts';

describe('index freshness', () => {
  let seed: SeedIndex;
  beforeAll(async () => {
    seed = await buildSeedIndex();
  }, 120_000);
  afterAll(() => seed?.remove());

  it('takes an index just built from the same corpus as fresh', async () => {
    expect((await indexFreshness(seed.config)).fresh).toBe(true);
  });

  it('rebuilds an index whose offline vectors come from an older feature scheme', async () => {
    const file = path.join(seed.config.indexDir, bundleFiles.manifest);
    const manifest = JSON.parse(await readFile(file, 'utf8'));
    const current = manifest.embedder.id as string;
    manifest.embedder.id = current.replace(/ngram-hash-v\d+/, 'ngram-hash-v1');
    await writeFile(file, JSON.stringify(manifest));
    const freshness = await indexFreshness(seed.config);
    expect(freshness.fresh).toBe(false);
    expect(freshness.reason).toContain('äldre version');
  });

  it('rebuilds when the corpus folder is another one', async () => {
    const freshness = await indexFreshness({ ...seed.config, corpusDir: path.join(seed.config.indexDir, '..') });
    expect(freshness.fresh).toBe(false);
  });
});
