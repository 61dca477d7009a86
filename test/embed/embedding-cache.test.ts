import { appendFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { embeddingCacheDirectory, embedWithCache, openEmbeddingCache } from '../../src/embed/embedding-cache.ts';
import { RecordingEmbedder } from './fake-embedder.ts';

const passages = ['Vårdcentralen i Umeå', 'Mobila team', 'Fast läkarkontakt', 'Mobila team'];

describe('embedding cache', () => {
  it('embeds each new text once, and nothing on a second run over the same corpus', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'utblick-cache-'));
    const first = new RecordingEmbedder();
    const vectors = await embedWithCache(first, openEmbeddingCache(cacheDir, first), passages, 'passage');
    expect(first.embeddedTexts).toEqual(['Vårdcentralen i Umeå', 'Mobila team', 'Fast läkarkontakt']);
    expect(vectors).toHaveLength(4);
    expect(Array.from(vectors[3]!)).toEqual(Array.from(vectors[1]!));

    // A new process: the cache is read back from disk.
    const second = new RecordingEmbedder();
    const again = await embedWithCache(second, openEmbeddingCache(cacheDir, second), passages, 'passage');
    expect(second.calls).toEqual([]);
    again.forEach((vector, index) => expect(Array.from(vector)).toEqual(Array.from(vectors[index]!)));

    const third = new RecordingEmbedder();
    await embedWithCache(third, openEmbeddingCache(cacheDir, third), [...passages, 'Ny rapporttext'], 'passage');
    expect(third.embeddedTexts).toEqual(['Ny rapporttext']);
  });

  it('keeps embedders and roles apart', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'utblick-cache-'));
    const one = new RecordingEmbedder(8, 'fake:one');
    await embedWithCache(one, openEmbeddingCache(cacheDir, one), passages, 'passage');
    await embedWithCache(one, openEmbeddingCache(cacheDir, one), passages, 'query');
    expect(one.calls.map((call) => call.role)).toEqual(['passage', 'query']);
    const other = new RecordingEmbedder(8, 'fake:other');
    await embedWithCache(other, openEmbeddingCache(cacheDir, other), passages, 'passage');
    expect(other.calls).toHaveLength(1);
    expect(readdirSync(path.join(cacheDir, 'embeddings'))).toHaveLength(2);
  });

  it('survives a torn write: a partial trailing vector is ignored', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'utblick-cache-'));
    const embedder = new RecordingEmbedder();
    await embedWithCache(embedder, openEmbeddingCache(cacheDir, embedder), passages, 'passage');
    const directory = embeddingCacheDirectory(cacheDir, embedder.info.id);
    appendFileSync(path.join(directory, 'vectors.f32'), new Uint8Array(10));
    appendFileSync(path.join(directory, 'keys.txt'), 'f'.repeat(64) + '\n');
    const cache = openEmbeddingCache(cacheDir, embedder);
    expect(cache.size).toBe(3);
  });
});
