import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/bench/random.ts';
import { isAppError } from '../../src/errors.ts';
import { HnswIndex, hnswFileName, type HnswParams } from '../../src/store/hnsw-index.ts';

/*
 * Random damage to a real graph file: the load either refuses it with INDEX_CORRUPT, or what it
 * accepted is a well-formed graph that hnswlib searches without crashing. A miss here would kill the
 * test worker (a segfault), which vitest reports as a failure.
 */
const params: HnswParams = { m: 8, efConstruction: 50, efSearch: 50 };
const dimension = 16;

function unitVector(random: () => number): Float32Array {
  const vector = Float32Array.from({ length: dimension }, () => random() * 2 - 1);
  const norm = Math.hypot(...vector);
  return vector.map((value) => value / norm);
}

describe('vectors.hnsw structure check', () => {
  it('refuses or safely loads 300 randomly damaged graphs', async () => {
    const random = seededRandom(5);
    const directory = mkdtempSync(path.join(tmpdir(), 'utblick-hnsw-'));
    const index = HnswIndex.create(dimension, params);
    for (let i = 0; i < 300; i++) index.add(`p${i}`, unitVector(random));
    await index.save(directory);
    const original = readFileSync(path.join(directory, hnswFileName));
    const queries = Array.from({ length: 5 }, () => unitVector(random));

    let refused = 0;
    let loaded = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: original.length - 1 }),
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        async (offset, bytes) => {
          const damaged = Buffer.from(original);
          Buffer.from(bytes).copy(damaged, offset);
          writeFileSync(path.join(directory, hnswFileName), damaged);
          try {
            const reloaded = await HnswIndex.load(directory, params);
            for (const query of queries) reloaded.search(query, 10);
            loaded += 1;
          } catch (error) {
            expect(isAppError(error) && error.code).toBe('INDEX_CORRUPT');
            refused += 1;
          }
        },
      ),
      { numRuns: 300, seed: 42 },
    );
    // Most damage lands in vectors and links: both outcomes must really occur.
    expect(refused).toBeGreaterThan(0);
    expect(loaded + refused).toBe(300);
  }, 60_000);
});
