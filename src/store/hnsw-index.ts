import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import { AppError } from '../errors.ts';
import { ExactVectorIndex, vectorMatrixFileName } from './exact-vector-index.ts';
import { checkHnswBytes, readHnswIds, type HnswIds } from './hnsw-file-check.ts';
import { isPassageMask, type PassageFilter } from './passage-mask.ts';
import { VectorMatrix } from './vector-matrix.ts';
import type { VectorIndex } from './vector-index.ts';

/** Graph parameters (hnswlib's names): more M / ef means better recall, more memory and time. */
export interface HnswParams {
  m: number;
  efConstruction: number;
  efSearch: number;
}

export const hnswFileName = 'vectors.hnsw';
export const hnswIdsFileName = 'vectors-ids.json';
const initialCapacity = 1024;
const randomSeed = 100;
/**
 * A filter keeping at most this share of the vectors is searched exactly over the kept ones: HNSW
 * would visit about 1/share times as many nodes to find k that pass (a region at 100,000 passages:
 * ~5 %), while an exact pass over them is a few thousand dot products.
 */
export const exactSearchShare = 0.1;

function norm(vector: Float32Array): number {
  let sum = 0;
  for (let index = 0; index < vector.length; index++) sum += vector[index]! * vector[index]!;
  return Math.sqrt(sum);
}

/**
 * HNSW over cosine distance (hnswlib-node; the only file importing it). Passage ids map to numeric
 * labels in insertion order; the map is saved next to the graph. Similarities leave this class as
 * 1 − distance, i.e. cosine similarity.
 */
export class HnswIndex implements VectorIndex {
  private readonly graph: hnswlib.HierarchicalNSW;
  private readonly ids: string[];
  /** Label per id, made on the first add: a loaded index is only searched (labels come back as rows). */
  private labels: Map<string, number> | undefined;
  /** The same vectors (row = label), for exact search under selective filters. */
  private readonly exact: ExactVectorIndex;

  private constructor(
    readonly dimension: number,
    private readonly params: HnswParams,
    graph: hnswlib.HierarchicalNSW,
    ids: string[],
    matrix: VectorMatrix,
  ) {
    this.graph = graph;
    this.ids = ids;
    graph.setEf(params.efSearch);
    this.exact = new ExactVectorIndex(dimension, { matrix, ids });
  }

  static create(dimension: number, params: HnswParams): HnswIndex {
    const graph = new hnswlib.HierarchicalNSW('cosine', dimension);
    graph.initIndex(initialCapacity, params.m, params.efConstruction, randomSeed);
    return new HnswIndex(dimension, params, graph, [], new VectorMatrix(dimension));
  }

  /** Loads a graph saved by `save`; INDEX_MISSING / INDEX_CORRUPT when the files are absent or unreadable. */
  static async load(directory: string, params: HnswParams): Promise<HnswIndex> {
    const graphFile = path.join(directory, hnswFileName);
    const idsFile = path.join(directory, hnswIdsFileName);
    if (!existsSync(graphFile) || !existsSync(idsFile)) {
      throw new AppError('INDEX_MISSING', `Vektorindexet saknas i ${directory}; kör \`npm run ingest\`.`);
    }
    try {
      const ids = await readHnswIds(idsFile);
      return await HnswIndex.fromFiles(directory, params, ids, await readFile(graphFile), await readFile(path.join(directory, vectorMatrixFileName)));
    } catch (error) {
      throw error instanceof AppError ? error : new AppError('INDEX_CORRUPT', `Vektorindexet i ${directory} kan inte läsas: ${(error as Error).message}`, { cause: error });
    }
  }

  /**
   * The graph of `directory` with its ids and matrix file already read (and, by the index loader, verified):
   * the graph's bytes are checked before hnswlib, which reads its file unchecked, loads it (a damaged
   * one would crash the process at the first search).
   */
  static async fromFiles(directory: string, params: HnswParams, { dimension, ids }: HnswIds, graphBytes: Uint8Array, matrixBytes: Uint8Array): Promise<HnswIndex> {
    try {
      checkHnswBytes(graphBytes, dimension, ids.length);
      const graph = new hnswlib.HierarchicalNSW('cosine', dimension);
      await graph.readIndex(path.join(directory, hnswFileName));
      if (graph.getCurrentCount() !== ids.length) throw new Error(`${graph.getCurrentCount()} vektorer men ${ids.length} id:n`);
      const matrix = VectorMatrix.fromBytes(matrixBytes, path.join(directory, vectorMatrixFileName));
      if (matrix.size !== ids.length || matrix.dimension !== dimension) throw new Error(`${vectorMatrixFileName} har ${matrix.size} vektorer à ${matrix.dimension}`);
      return new HnswIndex(dimension, params, graph, ids, matrix);
    } catch (error) {
      throw new AppError('INDEX_CORRUPT', `Vektorindexet i ${directory} kan inte läsas: ${(error as Error).message}`, { cause: error });
    }
  }

  get size(): number {
    return this.ids.length;
  }

  /** The same vectors searched exactly (brute force): for measuring what the graph's misses cost. */
  exactIndex(): VectorIndex {
    return this.exact;
  }

  /** Adding an id again replaces its vector. */
  add(id: string, vector: Float32Array): void {
    if (vector.length !== this.dimension) {
      throw new AppError('INDEX_INCOMPATIBLE', `Vektorn för ${id} har ${vector.length} dimensioner, indexet ${this.dimension}.`);
    }
    // hnswlib divides by the norm for cosine; a zero vector would poison the graph with NaN.
    if (norm(vector) === 0) throw new AppError('INTERNAL', `Nollvektor för ${id} kan inte indexeras.`);
    this.labels ??= new Map(this.ids.map((known, label) => [known, label]));
    let label = this.labels.get(id);
    if (label === undefined) {
      label = this.ids.length;
      if (label >= this.graph.getMaxElements()) this.graph.resizeIndex(Math.max(initialCapacity, this.graph.getMaxElements() * 2));
      this.ids.push(id);
      this.labels.set(id, label);
    }
    this.graph.addPoint(Array.from(vector), label);
    this.exact.matrix.set(label, vector);
  }

  /** A zero query has no direction, so it matches nothing (rather than everything equally). */
  search(vector: Float32Array, k: number, filter?: PassageFilter): { id: string; similarity: number }[] {
    if (vector.length !== this.dimension) {
      throw new AppError('INDEX_INCOMPATIBLE', `Frågevektorn har ${vector.length} dimensioner, indexet ${this.dimension}; kör om \`npm run ingest\`.`);
    }
    const count = Math.min(Math.floor(k), this.ids.length);
    if (count <= 0 || norm(vector) === 0) return [];
    // ef below k would cut the candidate list short.
    this.graph.setEf(Math.max(this.params.efSearch, count));
    let labelFilter: ((label: number) => boolean) | undefined;
    if (isPassageMask(filter)) {
      const kept = this.exact.candidateRows(filter);
      if (kept.length <= exactSearchShare * this.ids.length) {
        return this.exact.nearestRows(vector, kept, count).map(({ row, similarity }) => ({ id: this.ids[row]!, similarity }));
      }
      const bits = new Uint8Array(this.ids.length);
      for (let index = 0; index < kept.length; index++) bits[kept[index]!] = 1;
      labelFilter = (label: number) => bits[label] === 1;
    } else if (filter) {
      labelFilter = (label: number) => filter(this.ids[label]!);
    }
    const result = this.graph.searchKnn(Array.from(vector), count, labelFilter);
    return result.neighbors
      .map((label, index) => ({ id: this.ids[label]!, similarity: 1 - result.distances[index]! }))
      .sort((a, b) => b.similarity - a.similarity);
  }

  async save(directory: string): Promise<void> {
    await this.graph.writeIndex(path.join(directory, hnswFileName));
    await writeFile(path.join(directory, hnswIdsFileName), JSON.stringify({ dimension: this.dimension, ids: this.ids }));
    await this.exact.matrix.save(path.join(directory, vectorMatrixFileName));
  }
}
