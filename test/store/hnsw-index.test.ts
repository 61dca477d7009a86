import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/errors.ts';
import fc from 'fast-check';
import { ExactVectorIndex } from '../../src/store/exact-vector-index.ts';
import { HnswIndex, exactSearchShare, type HnswParams } from '../../src/store/hnsw-index.ts';
import { maskFromPredicate } from '../../src/store/passage-mask.ts';
import type { VectorIndex } from '../../src/store/vector-index.ts';
import { seededRandom } from '../../src/bench/random.ts';

const params: HnswParams = { m: 16, efConstruction: 200, efSearch: 100 };

function randomUnitVectors(count: number, dimension: number, seed: number): Float32Array[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const vector = Float32Array.from({ length: dimension }, () => random() * 2 - 1);
    const norm = Math.hypot(...vector);
    return vector.map((value) => value / norm);
  });
}

const dot = (a: Float32Array, b: Float32Array): number => a.reduce((sum, value, index) => sum + value * b[index]!, 0);

/** Exact nearest neighbours, the reference an approximate index is measured against. */
function bruteForce(vectors: Float32Array[], query: Float32Array, k: number): string[] {
  return vectors
    .map((vector, index) => ({ id: `v${index}`, similarity: dot(vector, query) }))
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, k)
    .map((hit) => hit.id);
}

/** What every VectorIndex must do. */
function vectorIndexContract(name: string, make: (dimension: number) => VectorIndex, reload: (index: VectorIndex) => Promise<VectorIndex>): void {
  describe(`VectorIndex contract: ${name}`, () => {
    const dimension = 64;
    const vectors = randomUnitVectors(2000, dimension, 42);
    const queries = randomUnitVectors(100, dimension, 7);
    const index = make(dimension);
    vectors.forEach((vector, position) => index.add(`v${position}`, vector));

    it('finds the exact top 10 with recall ≥ 0.95 (2,000 × 64 random vectors)', () => {
      let found = 0;
      for (const query of queries) {
        const exact = new Set(bruteForce(vectors, query, 10));
        found += index.search(query, 10).filter((hit) => exact.has(hit.id)).length;
      }
      const recall = found / (queries.length * 10);
      console.info(`HNSW recall@10 = ${recall.toFixed(3)}`);
      expect(recall).toBeGreaterThanOrEqual(0.95);
    });

    it('returns cosine similarities, best first', () => {
      const hits = index.search(queries[0]!, 5);
      expect(hits).toHaveLength(5);
      for (const hit of hits) expect(hit.similarity).toBeCloseTo(dot(vectors[Number(hit.id.slice(1))]!, queries[0]!), 4);
      for (let position = 1; position < hits.length; position++) expect(hits[position - 1]!.similarity).toBeGreaterThanOrEqual(hits[position]!.similarity);
      expect(index.search(vectors[3]!, 1)[0]).toMatchObject({ id: 'v3' });
      expect(index.search(vectors[3]!, 1)[0]!.similarity).toBeCloseTo(1, 5);
    });

    it('applies a filter on ids', () => {
      const allowed = (id: string) => Number(id.slice(1)) % 10 === 0;
      const hits = index.search(queries[1]!, 10, allowed);
      expect(hits).toHaveLength(10);
      expect(hits.every((hit) => allowed(hit.id))).toBe(true);
      expect(hits.map((hit) => hit.id)).toEqual(bruteForce(vectors.filter((_, i) => i % 10 === 0).map((v) => v), queries[1]!, 10).map((id) => `v${Number(id.slice(1)) * 10}`));
      expect(index.search(queries[1]!, 10, () => false)).toEqual([]);
    });

    it('a mask filter keeps the same passages as the predicate it was made from, selective or not', () => {
      const universe = vectors.map((_, position) => `v${position}`);
      for (const every of [2, 50]) {
        const keep = (id: string) => Number(id.slice(1)) % every === 0;
        const mask = maskFromPredicate(universe, keep);
        const hits = index.search(queries[2]!, 10, mask);
        expect(hits.every((hit) => keep(hit.id))).toBe(true);
        const exact = bruteForce(vectors.filter((_, i) => i % every === 0), queries[2]!, 10).map((id) => `v${Number(id.slice(1)) * every}`);
        expect(hits.filter((hit) => exact.includes(hit.id)).length).toBeGreaterThanOrEqual(9);
      }
      expect(index.search(queries[2]!, 10, maskFromPredicate(universe, () => false))).toEqual([]);
    });

    it('handles k larger than the index, k = 0, an empty index and a zero query', () => {
      const small = make(4);
      expect(small.search(Float32Array.of(1, 0, 0, 0), 5)).toEqual([]);
      small.add('a', Float32Array.of(1, 0, 0, 0));
      small.add('b', Float32Array.of(0, 1, 0, 0));
      expect(small.search(Float32Array.of(1, 0.1, 0, 0), 50).map((hit) => hit.id)).toEqual(['a', 'b']);
      expect(small.search(Float32Array.of(1, 0, 0, 0), 0)).toEqual([]);
      expect(small.search(new Float32Array(4), 5)).toEqual([]);
      expect(small.size).toBe(2);
    });

    it('replaces the vector of an id added again', () => {
      const small = make(4);
      small.add('a', Float32Array.of(1, 0, 0, 0));
      small.add('b', Float32Array.of(0, 1, 0, 0));
      small.add('a', Float32Array.of(0, 0, 1, 0));
      expect(small.size).toBe(2);
      expect(small.search(Float32Array.of(0, 0, 1, 0), 1)[0]!.id).toBe('a');
    });

    it('refuses a vector of another dimension', () => {
      const error = (() => {
        try {
          index.search(new Float32Array(3).fill(1), 5);
        } catch (caught) {
          return caught;
        }
      })();
      expect(isAppError(error) && error.code).toBe('INDEX_INCOMPATIBLE');
    });

    it('gives the same answers after save and load', async () => {
      const loaded = await reload(index);
      expect(loaded.size).toBe(index.size);
      expect(loaded.dimension).toBe(dimension);
      for (const query of queries.slice(0, 10)) expect(loaded.search(query, 10)).toEqual(index.search(query, 10));
    });
  });
}

vectorIndexContract(
  'HNSW (hnswlib-node)',
  (dimension) => HnswIndex.create(dimension, params),
  async (index) => {
    const directory = mkdtempSync(path.join(tmpdir(), 'utblick-hnsw-'));
    await index.save(directory);
    return HnswIndex.load(directory, params);
  },
);

vectorIndexContract(
  'exact (brute force)',
  (dimension) => new ExactVectorIndex(dimension),
  async (index) => {
    const directory = mkdtempSync(path.join(tmpdir(), 'utblick-exact-'));
    await index.save(directory);
    return ExactVectorIndex.load(directory);
  },
);

describe('HnswIndex under a selective mask', () => {
  const dimension = 16;
  const vectors = randomUnitVectors(600, dimension, 11);
  const ids = vectors.map((_, position) => `v${position}`);
  const hnsw = HnswIndex.create(dimension, params);
  const exact = new ExactVectorIndex(dimension);
  vectors.forEach((vector, position) => {
    hnsw.add(ids[position]!, vector);
    exact.add(ids[position]!, vector);
  });

  it(`ranks exactly like brute force when the mask keeps at most ${exactSearchShare * 100} % (also with a mask over another numbering)`, () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: vectors.length - 1 }), { maxLength: Math.floor(exactSearchShare * vectors.length) }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
        (kept, k, seed, shuffled) => {
          const keptIds = new Set(kept.map((position) => ids[position]!));
          const universe = shuffled ? [...ids].reverse().concat('elsewhere') : ids;
          const mask = maskFromPredicate(universe, (id) => keptIds.has(id));
          const [query] = randomUnitVectors(1, dimension, seed);
          const found = hnsw.search(query!, k, mask);
          const reference = exact.search(query!, k, (id) => keptIds.has(id));
          expect(found.map((hit) => hit.id)).toEqual(reference.map((hit) => hit.id));
          found.forEach((hit, position) => expect(hit.similarity).toBeCloseTo(reference[position]!.similarity, 5));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('HnswIndex', () => {
  it('grows past its initial capacity', () => {
    const index = HnswIndex.create(8, { m: 8, efConstruction: 50, efSearch: 50 });
    const vectors = randomUnitVectors(2500, 8, 3);
    vectors.forEach((vector, position) => index.add(`v${position}`, vector));
    expect(index.size).toBe(2500);
    expect(index.search(vectors[2400]!, 1)[0]!.id).toBe('v2400');
  });

  it('says INDEX_MISSING for a folder without an index and INDEX_CORRUPT for garbage', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'utblick-hnsw-'));
    expect(await HnswIndex.load(directory, params).catch((error) => error.code)).toBe('INDEX_MISSING');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(directory, 'vectors.hnsw'), 'garbage');
    writeFileSync(path.join(directory, 'vectors-ids.json'), JSON.stringify({ dimension: 4, ids: ['a'] }));
    expect(await HnswIndex.load(directory, params).catch((error) => error.code)).toBe('INDEX_CORRUPT');
  });

  it('saves and loads an empty index', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'utblick-hnsw-'));
    await HnswIndex.create(4, params).save(directory);
    const loaded = await HnswIndex.load(directory, params);
    expect(loaded.size).toBe(0);
    expect(loaded.search(Float32Array.of(1, 0, 0, 0), 3)).toEqual([]);
  });
});
