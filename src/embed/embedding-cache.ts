import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.ts';
import type { Embedder } from './embedder.ts';

/**
 * Vectors already computed, by (embedder id, sha256 of role + text), kept on disk so that re-ingesting
 * an unchanged corpus embeds nothing. One folder per embedder: vectors.f32 (raw Float32, appended) and
 * keys.txt (one hash per line, line i ↔ vector i). A crash mid-append leaves a shorter, still valid
 * prefix: the usable count is the smaller of lines and whole vectors.
 */
export class EmbeddingCache {
  private readonly vectorsFile: string;
  private readonly keysFile: string;
  private readonly byKey = new Map<string, Float32Array>();

  constructor(
    readonly directory: string,
    readonly dimension: number,
  ) {
    this.vectorsFile = path.join(directory, 'vectors.f32');
    this.keysFile = path.join(directory, 'keys.txt');
    this.load();
  }

  get size(): number {
    return this.byKey.size;
  }

  get(key: string): Float32Array | undefined {
    return this.byKey.get(key);
  }

  /** Appends new entries to disk (already-known keys are skipped). */
  add(entries: { key: string; vector: Float32Array }[]): void {
    const fresh = entries.filter((entry) => !this.byKey.has(entry.key) && entry.vector.length === this.dimension);
    if (fresh.length === 0) return;
    mkdirSync(this.directory, { recursive: true });
    const bytes = new Float32Array(fresh.length * this.dimension);
    fresh.forEach((entry, index) => bytes.set(entry.vector, index * this.dimension));
    // Vectors first: a key line without its vector would be read back as a wrong vector.
    appendFileSync(this.vectorsFile, new Uint8Array(bytes.buffer));
    appendFileSync(this.keysFile, fresh.map((entry) => `${entry.key}\n`).join(''));
    for (const entry of fresh) this.byKey.set(entry.key, entry.vector);
  }

  private load(): void {
    if (!existsSync(this.keysFile) || !existsSync(this.vectorsFile)) return;
    const keys = readFileSync(this.keysFile, 'utf8').split('\n').filter((line) => line.length > 0);
    const vectorBytes = this.dimension * 4;
    const count = Math.min(keys.length, Math.floor(statSync(this.vectorsFile).size / vectorBytes));
    // Copy into a fresh buffer: Node may hand back a pooled Buffer whose offset is not 4-byte aligned.
    const floats = new Float32Array(new Uint8Array(readFileSync(this.vectorsFile)).buffer, 0, count * this.dimension);
    for (let index = 0; index < count; index++) {
      this.byKey.set(keys[index]!, floats.slice(index * this.dimension, (index + 1) * this.dimension));
    }
  }
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
