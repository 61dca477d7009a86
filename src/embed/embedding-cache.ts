import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.ts';
import type { Embedder } from './embedder.ts';

/**
 * Vectors already computed, by (embedder id, sha256 of role + text), kept on disk so that re-ingesting
 * an unchanged corpus embeds nothing. One folder per embedder, one append-only file of fixed-size
 * records, each carrying its own key and a checksum over key and vector:
 *
 *   magic "UEC1" (4 bytes) | key (32 bytes, the sha256) | vector (dimension × float32) | checksum (8 bytes)
 *
 * A key is never stored apart from its vector, so no crash can pair a key with the wrong vector. On
 * read every record is verified; a damaged one is ignored (its text is embedded again), and a torn
 * record at the end is cut off so that later appends stay aligned.
 */
export class EmbeddingCache {
  private readonly recordsFile: string;
  private readonly recordBytes: number;
  private readonly byKey = new Map<string, Float32Array>();
  /** Records found damaged when the cache was opened (they were skipped). */
  damagedRecords = 0;

  constructor(
    readonly directory: string,
    readonly dimension: number,
  ) {
    this.recordsFile = path.join(directory, `records-${dimension}.bin`);
    this.recordBytes = magic.length + keyBytes + dimension * 4 + checksumBytes;
    this.load();
  }

  get size(): number {
    return this.byKey.size;
  }

  get(key: string): Float32Array | undefined {
    return this.byKey.get(key);
  }

  /** Appends new entries to disk in one write (already-known keys are skipped). */
  add(entries: { key: string; vector: Float32Array }[]): void {
    const fresh = entries.filter((entry) => !this.byKey.has(entry.key) && entry.vector.length === this.dimension && /^[0-9a-f]{64}$/.test(entry.key));
    if (fresh.length === 0) return;
    mkdirSync(this.directory, { recursive: true });
    const bytes = new Uint8Array(fresh.length * this.recordBytes);
    fresh.forEach((entry, index) => bytes.set(this.encode(entry.key, entry.vector), index * this.recordBytes));
    appendFileSync(this.recordsFile, bytes);
    for (const entry of fresh) this.byKey.set(entry.key, entry.vector);
  }

  private encode(key: string, vector: Float32Array): Uint8Array {
    const record = new Uint8Array(this.recordBytes);
    record.set(magic, 0);
    record.set(Buffer.from(key, 'hex'), magic.length);
    record.set(new Uint8Array(Float32Array.from(vector).buffer), magic.length + keyBytes);
    const body = record.subarray(magic.length, this.recordBytes - checksumBytes);
    record.set(checksumOf(body), this.recordBytes - checksumBytes);
    return record;
  }

  private load(): void {
    this.removeLegacyFiles();
    if (!existsSync(this.recordsFile)) return;
    const data = new Uint8Array(readFileSync(this.recordsFile));
    const whole = Math.floor(data.length / this.recordBytes);
    // A record torn by a crash mid-append: cut it off, else every later record would be misaligned.
    if (whole * this.recordBytes !== data.length) truncateSync(this.recordsFile, whole * this.recordBytes);
    for (let index = 0; index < whole; index++) {
      const record = data.subarray(index * this.recordBytes, (index + 1) * this.recordBytes);
      const body = record.subarray(magic.length, this.recordBytes - checksumBytes);
      const valid =
        magic.every((byte, offset) => record[offset] === byte) && Buffer.from(checksumOf(body)).equals(record.subarray(this.recordBytes - checksumBytes));
      if (!valid) {
        this.damagedRecords += 1;
        continue;
      }
      const key = Buffer.from(body.subarray(0, keyBytes)).toString('hex');
      // Copy into a fresh buffer: the record's offset need not be 4-byte aligned.
      const vector = new Float32Array(new Uint8Array(body.subarray(keyBytes)).buffer);
      this.byKey.set(key, vector);
    }
  }

  /** The earlier layout (vectors.f32 + keys.txt, paired by line number) could pair a key with the wrong vector after a crash. */
  private removeLegacyFiles(): void {
    for (const name of ['vectors.f32', 'keys.txt']) rmSync(path.join(this.directory, name), { force: true });
  }
}

const magic = Uint8Array.from(Buffer.from('UEC1', 'ascii'));
const keyBytes = 32;
const checksumBytes = 8;

function checksumOf(bytes: Uint8Array): Uint8Array {
  return createHash('sha256').update(bytes).digest().subarray(0, checksumBytes);
}

/** Cache key of a text: the role matters because e5 models embed queries and passages differently. */
export function embeddingKey(text: string, role: 'query' | 'passage'): string {
  return createHash('sha256').update(role).update('\0').update(text).digest('hex');
}

/** The cache folder of one embedder: readable id plus a hash, since ids contain "/" and ":". */
export function embeddingCacheDirectory(cacheDir: string, embedderId: string): string {
  const readable = embedderId.replace(/[^a-zA-Z0-9._-]+/g, '_').slice(0, 80);
  const hash = createHash('sha256').update(embedderId).digest('hex').slice(0, 10);
  return path.join(cacheDir, 'embeddings', `${readable}-${hash}`);
}

export function openEmbeddingCache(cacheDir: string, embedder: Embedder): EmbeddingCache {
  return new EmbeddingCache(embeddingCacheDirectory(cacheDir, embedder.info.id), embedder.info.dimension);
}

/**
 * Embeds texts through the cache, in order: only texts never seen by this embedder reach it, each
 * distinct text once, in one call (the embedder batches). New vectors are written to the cache.
 */
export async function embedWithCache(
  embedder: Embedder,
  cache: EmbeddingCache,
  texts: readonly string[],
  role: 'query' | 'passage',
): Promise<Float32Array[]> {
  const keys = texts.map((text) => embeddingKey(text, role));
  const missing = new Map<string, string>();
  keys.forEach((key, index) => {
    if (!cache.get(key) && !missing.has(key)) missing.set(key, texts[index]!);
  });
  if (missing.size > 0) {
    const vectors = await embedder.embed([...missing.values()], role);
    if (vectors.length !== missing.size || vectors.some((vector) => vector.length !== cache.dimension)) {
      throw new AppError('INTERNAL', `Inbäddaren ${embedder.info.id} gav fel antal vektorer eller fel dimension.`);
    }
    cache.add([...missing.keys()].map((key, index) => ({ key, vector: vectors[index]! })));
  }
  return keys.map((key) => cache.get(key)!);
}
