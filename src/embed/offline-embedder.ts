import { analyzeWithExpansions } from '../text/analyze.ts';
import type { EmbedderInfo } from '../types.ts';
import type { Embedder } from './embedder.ts';
import { hashFeature, termFeatures, type SparseFeatures } from './feature-hashing.ts';
import { offlineSchemeVersion, offlineStateFingerprint, type OfflineState } from './offline-state.ts';

/** Abbreviation expansions count half, like a second-hand mention of the same thing. */
const expansionShare = 0.5;

/**
 * An embedder that needs no model weights: TF-IDF weighted, signed-hashed features of Swedish search
 * terms (stemmed, diacritics folded) and their character n-grams. Queries and passages are embedded
 * the same way, except that only a query is asked whether it is English (passages are Swedish and long,
 * and there are many of them at ingest). Texts without any word map to one fixed unit vector, never to
 * zero, so that every vector can go into a cosine index.
 */
export class OfflineEmbedder implements Embedder {
  readonly info: EmbedderInfo;
  readonly state: OfflineState;
  private readonly idf: (frequency: number) => number;
  private readonly featureCache = new Map<string, SparseFeatures>();

  constructor(state: OfflineState) {
    this.state = state;
    const total = state.documentCount;
    // BM25's idf, always positive; an unseen term (a typo, a new word) counts like the rarest.
    // Worked out per term when embedding, from the state's own record: a map of every term's idf made up
    // front cost a noticeable part of start-up at 100,000 passages (250,000 terms) for a few terms per query.
    this.idf = (frequency: number): number => Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
    this.info = {
      id: `offline:ngram-hash-v${offlineSchemeVersion}:${state.dimension}:${offlineStateFingerprint(state)}`,
      kind: 'offline',
      model: null,
      dimension: state.dimension,
    };
  }

  async embed(texts: string[], role: 'query' | 'passage'): Promise<Float32Array[]> {
    return texts.map((text) => this.embedOne(text, role));
  }

  /** Synchronous core, exported for benchmarks and for callers that embed in a tight loop. */
  embedOne(text: string, role: 'query' | 'passage'): Float32Array {
    const dimension = this.state.dimension;
    const vector = new Float32Array(dimension);
    for (const [term, weight] of this.termWeights(text, role)) {
      const features = this.features(term);
      const frequencies = this.state.documentFrequencies;
      const scale = weight * this.idf(Object.hasOwn(frequencies, term) ? frequencies[term]! : 0);
      for (let index = 0; index < features.buckets.length; index++) {
        vector[features.buckets[index]!]! += scale * features.values[index]!;
      }
    }
    let norm = 0;
    for (let index = 0; index < dimension; index++) norm += vector[index]! * vector[index]!;
    if (norm === 0) {
      vector[hashFeature('<empty>') % dimension] = 1;
      return vector;
    }
    const inverse = 1 / Math.sqrt(norm);
    for (let index = 0; index < dimension; index++) vector[index]! *= inverse;
    return vector;
  }

  /** Sublinear term frequency (1 + ln tf), plus glossary expansions at half weight. */
  private termWeights(text: string, role: 'query' | 'passage'): Map<string, number> {
    const { terms, additions } = analyzeWithExpansions(text, role === 'passage' ? { english: false } : {});
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    const weights = new Map<string, number>();
    for (const [term, count] of counts) weights.set(term, 1 + Math.log(count));
    for (const term of additions.keys()) if (!weights.has(term)) weights.set(term, expansionShare);
    return weights;
  }

  private features(term: string): SparseFeatures {
    let features = this.featureCache.get(term);
    if (!features) {
      features = termFeatures(term, this.state.dimension);
      if (this.featureCache.size > 100_000) this.featureCache.clear();
      this.featureCache.set(term, features);
    }
    return features;
  }
}
