import { createHash } from 'node:crypto';
import { z } from 'zod';
import { analyzeWords } from '../text/analyze.ts';

/** Version of the offline feature scheme; bump it whenever features or weighting change. */
// Bump whenever the features an embedding is made of change (analysis, hashing, weights): the id, and with it the cache, follow.
export const offlineSchemeVersion = 3;

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
  documentFrequencies: z.record(z.string(), z.number().int().min(1)),
});

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
  for (const term of Object.keys(state.documentFrequencies).sort()) hash.update(`${term}:${state.documentFrequencies[term]};`);
  return hash.digest('hex').slice(0, 12);
}
