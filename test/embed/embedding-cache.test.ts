import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { embeddingCacheDirectory, embeddingKey, embedWithCache, openEmbeddingCache } from '../../src/embed/embedding-cache.ts';
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

  it('survives a torn write: a partial trailing record is cut off and later appends stay readable', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'utblick-cache-'));
    const embedder = new RecordingEmbedder();
    const first = await embedWithCache(embedder, openEmbeddingCache(cacheDir, embedder), passages, 'passage');
    const file = recordsFile(cacheDir, embedder);
    // A crash in the middle of an append: half a record with a key of its own.
    appendFileSync(file, new Uint8Array(readFileSync(file).subarray(0, 30)));
    const after = new RecordingEmbedder();
    const cache = openEmbeddingCache(cacheDir, after);
    expect(cache.size).toBe(3);
    await embedWithCache(after, cache, ['Ny rapporttext'], 'passage');
    expect(after.embeddedTexts).toEqual(['Ny rapporttext']);
    const reopened = openEmbeddingCache(cacheDir, after);
    expect(reopened.size).toBe(4);
    expect(reopened.damagedRecords).toBe(0);
    expect(Array.from(reopened.get(embeddingKey('Mobila team', 'passage'))!)).toEqual(Array.from(first[1]!));
  });

  it('never pairs a key with another vector: a damaged record is ignored and its text embedded again', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'utblick-cache-'));
    const embedder = new RecordingEmbedder();
    const texts = ['Vårdcentralen i Umeå', 'Mobila team', 'Fast läkarkontakt'];
    const truth = await new RecordingEmbedder().embed(texts, 'passage');
    await embedWithCache(embedder, openEmbeddingCache(cacheDir, embedder), texts, 'passage');
    const file = recordsFile(cacheDir, embedder);
    const bytes = new Uint8Array(readFileSync(file));
    const recordBytes = bytes.length / 3;
    // Record 2 gets record 1's vector (as the old keys-beside-vectors layout could after a crash) and
    // record 3 a flipped bit in its vector.
    bytes.set(bytes.subarray(36, 36 + 8 * 4), recordBytes + 36);
    bytes[2 * recordBytes + 40] = bytes[2 * recordBytes + 40]! ^ 0x01;
    writeFileSync(file, bytes);

    const again = new RecordingEmbedder();
    const cache = openEmbeddingCache(cacheDir, again);
    expect(cache.size).toBe(1);
    expect(cache.damagedRecords).toBe(2);
    const vectors = await embedWithCache(again, cache, texts, 'passage');
    expect(again.embeddedTexts).toEqual(['Mobila team', 'Fast läkarkontakt']);
    vectors.forEach((vector, index) => expect(Array.from(vector)).toEqual(Array.from(truth[index]!)));
    const healed = openEmbeddingCache(cacheDir, new RecordingEmbedder());
    for (const [index, text] of texts.entries()) expect(Array.from(healed.get(embeddingKey(text, 'passage'))!)).toEqual(Array.from(truth[index]!));
  });

  it('removes the earlier keys.txt + vectors.f32 layout instead of trusting it', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'utblick-cache-'));
    const embedder = new RecordingEmbedder();
    const directory = embeddingCacheDirectory(cacheDir, embedder.info.id);
    mkdirSync(directory, { recursive: true });
    writeFileSync(path.join(directory, 'keys.txt'), `${embeddingKey('Mobila team', 'passage')}\n`);
    writeFileSync(path.join(directory, 'vectors.f32'), new Uint8Array(8 * 4));
    await embedWithCache(embedder, openEmbeddingCache(cacheDir, embedder), ['Mobila team'], 'passage');
    expect(embedder.embeddedTexts).toEqual(['Mobila team']);
    expect(readdirSync(directory)).toEqual(['records-8.bin']);
  });
});

function recordsFile(cacheDir: string, embedder: RecordingEmbedder): string {
  return path.join(embeddingCacheDirectory(cacheDir, embedder.info.id), `records-${embedder.info.dimension}.bin`);
}
