import { createHash } from 'node:crypto';
import type { Embedder } from '../../src/embed/embedder.ts';

/** A deterministic embedder (vectors from a hash of role + text) that records every call, for cache and contract tests. */
export class RecordingEmbedder implements Embedder {
  readonly calls: { texts: string[]; role: 'query' | 'passage' }[] = [];
  readonly info;

  constructor(dimension = 8, id = 'fake:recording') {
    this.info = { id, kind: 'offline' as const, model: null, dimension };
  }

  get embeddedTexts(): string[] {
    return this.calls.flatMap((call) => call.texts);
  }

  async embed(texts: string[], role: 'query' | 'passage'): Promise<Float32Array[]> {
    this.calls.push({ texts: [...texts], role });
    return texts.map((text) => {
      const digest = createHash('sha256').update(`${role}\0${text}`).digest();
      const vector = Float32Array.from({ length: this.info.dimension }, (_, index) => digest[index % digest.length]! - 127.5);
      const norm = Math.hypot(...vector);
      return vector.map((value) => value / norm);
    });
  }
}
