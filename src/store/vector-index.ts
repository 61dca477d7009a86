import type { PassageFilter } from './passage-mask.ts';

/** Nearest-neighbour search over unit vectors, keyed by passage id. */
export interface VectorIndex {
  readonly dimension: number;
  readonly size: number;
  add(id: string, vector: Float32Array): void;
  /** Best first; similarity is cosine similarity in [-1, 1] (not distance). */
  search(vector: Float32Array, k: number, filter?: PassageFilter): { id: string; similarity: number }[];
  save(directory: string): Promise<void>;
}
