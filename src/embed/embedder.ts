import type { EmbedderInfo } from '../types.ts';

/** Turns texts into unit-length vectors. Implementations differ truly (a neural model, a hashing scheme). */
export interface Embedder {
  readonly info: EmbedderInfo;
  /** Passages and queries are embedded differently by e5-style models ("passage: " / "query: "). */
  embed(texts: string[], role: 'query' | 'passage'): Promise<Float32Array[]>;
}
