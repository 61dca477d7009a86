import { createHash } from 'node:crypto';
import { z } from 'zod';
import { analyzeWords } from '../text/analyze.ts';

/** Version of the offline feature scheme; bump it whenever features or weighting change. */
// Bump whenever the features an embedding is made of change (analysis, hashing, weights): the id, and with it the cache, follow.
export const offlineSchemeVersion = 4;

/**
 * What the offline embedder learns from the corpus at ingest: document frequencies of search terms,
 * for IDF. Saved with the index, because queries must be weighted exactly as the passages were.
 */
export interface OfflineState {
  version: typeof offlineSchemeVersion;
  dimension: number;
  documentCount: number;
  /** Search term (folded stem) → number of passages containing it. */
  documentFrequencies: Record<string, number>;
}

export const offlineStateSchema = z.object({
  version: z.literal(offlineSchemeVersion),
  dimension: z.number().int().min(8),
  documentCount: z.number().int().min(0),
  // Checked in one loop rather than as a zod record: parsing 250,000 entries one by one was a tenth of start-up at 100,000 passages.
  documentFrequencies: z.custom<Record<string, number>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((frequency) => Number.isInteger(frequency) && frequency >= 1),
    'dokumentfrekvenserna ska vara heltal ≥ 1',
  ),
});

/** States that passed the schema (the same object is checked by the index loader and again by embedderForIndex). */
const validStates = new WeakSet<object>();

/**
 * The offline state, or null when the value is not one. Checking ~250,000 document frequencies takes
 * a noticeable part of start-up at 100,000 passages, so an object that passed once is not checked again.
 */
export function parseOfflineState(value: unknown): OfflineState | null {
  if (typeof value === 'object' && value !== null && validStates.has(value)) return value as OfflineState;
  const parsed = offlineStateSchema.safeParse(value);
  if (!parsed.success) return null;
  validStates.add(parsed.data);
  return parsed.data as OfflineState;
}

export function fitOfflineState(texts: readonly string[], dimension: number): OfflineState {
  const frequencies = new Map<string, number>();
  for (const text of texts) {
    for (const term of new Set(analyzeWords(text))) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  }
  // Sorted so that the same corpus always serialises (and fingerprints) identically.
  const documentFrequencies: Record<string, number> = {};
  for (const term of [...frequencies.keys()].sort()) documentFrequencies[term] = frequencies.get(term)!;
  return { version: offlineSchemeVersion, dimension, documentCount: texts.length, documentFrequencies };
}

/** An unfitted state: every term weighs the same. Useful for tests and for embedding without a corpus. */
export function emptyOfflineState(dimension: number): OfflineState {
  return { version: offlineSchemeVersion, dimension, documentCount: 0, documentFrequencies: {} };
}

/** Short hash of the state, part of the embedder id: a different fit is a different embedder. */
export function offlineStateFingerprint(state: OfflineState): string {
  const hash = createHash('sha256');
  hash.update(`${state.version}|${state.dimension}|${state.documentCount}|`);
  // One update of the joined text hashes the same bytes as one update per term, and is far quicker at 250,000 terms.
  const terms = Object.keys(state.documentFrequencies).sort();
  hash.update(terms.map((term) => `${term}:${state.documentFrequencies[term]};`).join(''));
  return hash.digest('hex').slice(0, 12);
}
