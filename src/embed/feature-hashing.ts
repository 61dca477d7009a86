/** Signed feature hashing: a feature string goes to one bucket with a sign, so collisions cancel on average. */

/** FNV-1a over UTF-16 code units, then a murmur3 finaliser so that low bits are well mixed. */
export function hashFeature(feature: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < feature.length; index++) {
    hash ^= feature.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** A term's features as (bucket, signed weight) pairs, before IDF. */
export interface SparseFeatures {
  buckets: Int32Array;
  values: Float32Array;
}

/** Weight of the whole-term feature against the n-gram block (which sums to unit length). */
const wholeTermWeight = 0.6;
const gramSizes = [3, 4, 5];

/**
 * Features of one search term: the term itself, plus character 3–5-grams of "<term>" (boundary
 * markers make prefixes and suffixes distinct). The n-grams are what let "kontinutet" meet
 * "kontinuitet" and "centralen" meet "hälsocentralen".
 */
export function termFeatures(term: string, dimension: number): SparseFeatures {
  const features: string[] = [`w:${term}`];
  const marked = `<${term}>`;
  for (const size of gramSizes) {
    for (let start = 0; start + size <= marked.length; start++) features.push(marked.slice(start, start + size));
  }
  const gramCount = features.length - 1;
  const gramWeight = gramCount > 0 ? 1 / Math.sqrt(gramCount) : 0;
  const buckets = new Int32Array(features.length);
  const values = new Float32Array(features.length);
  features.forEach((feature, index) => {
    const hash = hashFeature(feature);
    buckets[index] = hash % dimension;
    const sign = hash & 0x80000000 ? -1 : 1;
    values[index] = sign * (index === 0 ? wholeTermWeight : gramWeight);
  });
  return { buckets, values };
}
