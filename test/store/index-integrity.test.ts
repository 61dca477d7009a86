import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../src/errors.ts';
import { checksumArtefacts } from '../../src/store/artefact-checksums.ts';
import { checkHnswBytes } from '../../src/store/hnsw-file-check.ts';
import { readIndexBundle, writeIndexBundle } from '../../src/store/index-bundle.ts';
import { buildSeedIndex, type SeedIndex } from '../support/seed-index.ts';

/*
 * Issue 11, finding 1: a damaged vectors.hnsw crashed the server at the first dense search (exit 139),
 * and damaged lexical.bin / vectors-ids.json / passages.jsonl were served as changed results. Each file
 * of a real index built from the seed corpus is damaged here, and the load must refuse it by name.
 */
let seed: SeedIndex;
let copies = 0;
beforeAll(async () => {
  seed = await buildSeedIndex();
}, 60_000);
afterAll(async () => seed?.remove());

/** A fresh copy of the built index, so each case damages its own. */
function copyIndex(): string {
  const target = path.join(path.dirname(seed.config.indexDir), `copy-${copies++}`, 'index');
  cpSync(seed.config.indexDir, target, { recursive: true });
  return target;
}

async function loadError(indexDir: string): Promise<{ code: string; message: string }> {
  try {
    await readIndexBundle(indexDir, seed.config);
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('the damaged index was loaded');
}

function overwriteMiddleThird(file: string): void {
  const bytes = readFileSync(file);
  const third = Math.floor(bytes.length / 3);
  randomBytes(third).copy(bytes, third);
  writeFileSync(file, bytes);
}

/** Re-stamps the manifest's checksums, as if the damage had happened before they were taken. */
async function restamp(indexDir: string): Promise<void> {
  const manifestFile = path.join(indexDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  manifest.files = await checksumArtefacts(indexDir, Object.keys(manifest.files));
  writeFileSync(manifestFile, JSON.stringify(manifest));
}

describe('index integrity', () => {
  it('loads the undamaged index', async () => {
    const bundle = await readIndexBundle(copyIndex(), seed.config);
    expect(bundle.passages.length).toBeGreaterThan(100);
    expect(Object.keys(bundle.manifest.files).sort()).toEqual(
      ['cleaned-texts.json', 'lexical.bin', 'offline-state.json', 'passages.jsonl', 'vectors-ids.json', 'vectors.f32', 'vectors.hnsw'],
    );
  });

  it('loads the undamaged index and refuses a damaged one with every file hashed on the worker thread', async () => {
    const indexDir = copyIndex();
    const bundle = await readIndexBundle(indexDir, seed.config, { offThreadBytes: 0 });
    expect(bundle.passages.length).toBeGreaterThan(100);
    expect(Object.keys(bundle.cleanedTexts).sort()).toEqual(bundle.reports.map((report) => report.id).sort());
    expect(Object.values(bundle.cleanedTexts).every((text) => typeof text === 'string' && text.length > 0)).toBe(true);
    overwriteMiddleThird(path.join(indexDir, 'vectors.hnsw'));
    await expect(readIndexBundle(indexDir, seed.config, { offThreadBytes: 0 })).rejects.toMatchObject({ code: 'INDEX_CORRUPT', message: expect.stringMatching(/vectors\.hnsw.*kontrollsumman/) });
  });

  it('refuses vectors.hnsw whose middle third is random bytes of the same size', async () => {
    const indexDir = copyIndex();
    overwriteMiddleThird(path.join(indexDir, 'vectors.hnsw'));
    const error = await loadError(indexDir);
    expect(error.code).toBe('INDEX_CORRUPT');
    expect(error.message).toMatch(/vectors\.hnsw.*kontrollsumman/);
  });

  it('refuses 2,000 random bytes in lexical.bin', async () => {
    const indexDir = copyIndex();
    const file = path.join(indexDir, 'lexical.bin');
    const bytes = readFileSync(file);
    randomBytes(2000).copy(bytes, Math.floor(bytes.length / 2) - 1000);
    writeFileSync(file, bytes);
    expect(await loadError(indexDir)).toMatchObject({ code: 'INDEX_CORRUPT', message: expect.stringContaining('lexical.bin') });
  });

  it('refuses a shuffled vectors-ids.json, even with the checksums re-stamped when only the order is off', async () => {
    const indexDir = copyIndex();
    const file = path.join(indexDir, 'vectors-ids.json');
    const ids = JSON.parse(readFileSync(file, 'utf8'));
    ids.ids = [...ids.ids.slice(1), ids.ids[0]];
    writeFileSync(file, JSON.stringify(ids));
    expect(await loadError(indexDir)).toMatchObject({ code: 'INDEX_CORRUPT', message: expect.stringContaining('vectors-ids.json') });
    // An id list that no longer matches the passages is caught without the checksum as well.
    ids.ids[0] = 'finns-inte';
    writeFileSync(file, JSON.stringify(ids));
    await restamp(indexDir);
    expect(await loadError(indexDir)).toMatchObject({ code: 'INDEX_CORRUPT', message: expect.stringContaining('vectors-ids.json') });
  });

  it('refuses an edited passage text', async () => {
    const indexDir = copyIndex();
    const file = path.join(indexDir, 'passages.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n');
    const passage = JSON.parse(lines[3]!);
    passage.text = `${passage.text} Regionen har 9000 mobila team.`;
    lines[3] = JSON.stringify(passage);
    writeFileSync(file, lines.join('\n'));
    expect(await loadError(indexDir)).toMatchObject({ code: 'INDEX_CORRUPT', message: expect.stringContaining('passages.jsonl') });
  });

  it('refuses a missing artefact and one dropped from the manifest', async () => {
    const indexDir = copyIndex();
    const manifestFile = path.join(indexDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    delete manifest.files['vectors.hnsw'];
    writeFileSync(manifestFile, JSON.stringify(manifest));
    expect(await loadError(indexDir)).toMatchObject({ code: 'INDEX_CORRUPT', message: expect.stringContaining('vectors.hnsw') });
  });

  it('validates the graph itself before hnswlib reads it, checksums aside', async () => {
    const indexDir = copyIndex();
    const file = path.join(indexDir, 'vectors.hnsw');
    const original = readFileSync(file);
    const { ids } = JSON.parse(readFileSync(path.join(indexDir, 'vectors-ids.json'), 'utf8')) as { ids: string[]; dimension: number };
    const dimension = seed.deps.embedderInfo.dimension;
    expect(() => checkHnswBytes(original, dimension, ids.length)).not.toThrow();
    expect(() => checkHnswBytes(original, dimension, ids.length + 1)).toThrow(/vektorer men/);
    expect(() => checkHnswBytes(original, dimension + 1, ids.length)).toThrow(/dimensioner/);
    expect(() => checkHnswBytes(original.subarray(0, original.length - 7), dimension, ids.length)).toThrow(/vectors\.hnsw är ogiltig/);
    expect(() => checkHnswBytes(original.subarray(0, 50), dimension, ids.length)).toThrow(/huvudet/);
    // A neighbour id past the graph's end: the read out of bounds that crashed the process.
    const wild = Buffer.from(original);
    const firstElement = 96;
    wild.writeUInt32LE(1, firstElement);
    wild.writeUInt32LE(ids.length + 5000, firstElement + 4);
    expect(() => checkHnswBytes(wild, dimension, ids.length)).toThrow(/utanför grafen/);
    // The middle third overwritten with the checksums re-stamped: refused by the structure check.
    overwriteMiddleThird(file);
    await restamp(indexDir);
    expect(await loadError(indexDir)).toMatchObject({ code: 'INDEX_CORRUPT', message: expect.stringMatching(/vectors\.hnsw är ogiltig/) });
  });

  it('never swaps in a new index whose files did not land intact; the previous one stays', async () => {
    const indexDir = copyIndex();
    const bundle = await readIndexBundle(indexDir, seed.config);
    const input = {
      reports: bundle.reports,
      passages: bundle.passages,
      cleanedTexts: bundle.cleanedTexts,
      themes: bundle.themes,
      embedderInfo: bundle.manifest.embedder,
      offlineState: bundle.offlineState,
      vectors: new Map(bundle.passages.map((passage) => [passage.id, Float32Array.from({ length: bundle.manifest.embedder.dimension }, (_, i) => (i === passage.ordinal % 7 ? 1 : 0.01))])),
    };
    const damage = (folder: string) => overwriteMiddleThird(path.join(folder, 'passages.jsonl'));
    await expect(writeIndexBundle(indexDir, input, seed.config, { beforeSwap: damage })).rejects.toMatchObject({ code: 'INDEX_CORRUPT', message: expect.stringContaining('passages.jsonl') });
    expect((await readIndexBundle(indexDir, seed.config)).manifest.builtAt).toBe(bundle.manifest.builtAt);
    expect(readdirSync(path.dirname(indexDir))).toEqual(['index']);
  });

  it('a server started on a damaged index exits with a message naming the file, not a segfault', async () => {
    const indexDir = copyIndex();
    overwriteMiddleThird(path.join(indexDir, 'vectors.hnsw'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, PORT: '0', UTBLICK_INDEX_DIR: indexDir, UTBLICK_EMBEDDER: 'offline', UTBLICK_RELOAD_POLL_MS: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
    expect(signal).toBeNull();
    expect(code).toBe(1);
    expect(stderr).toMatch(/vectors\.hnsw/);
  }, 30_000);
});
