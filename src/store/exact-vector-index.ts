import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.ts';
import { isPassageMask, MaskAlignment, type PassageFilter } from './passage-mask.ts';
import { VectorMatrix } from './vector-matrix.ts';
import type { VectorIndex } from './vector-index.ts';

/** The unit vectors in row order; HnswIndex writes it next to its graph (its rows are the graph's labels). */
export const vectorMatrixFileName = 'vectors.f32';
const exactIdsFileName = 'vectors-exact-ids.json';

/**
 * Brute-force cosine search: every (kept) vector is scored. The reference the HNSW index is tested
 * against, and what HnswIndex uses itself when a filter keeps only a few passages.
 */
export class ExactVectorIndex implements VectorIndex {
  readonly matrix: VectorMatrix;
  private readonly ids: string[];
  /** Row per id, made on the first add (HnswIndex shares its ids and never adds here). */
  private rows: Map<string, number> | undefined;
  private readonly alignment: MaskAlignment;

  constructor(dimension: number, state?: { matrix: VectorMatrix; ids: string[] }) {
    this.matrix = state?.matrix ?? new VectorMatrix(dimension);
    this.ids = state?.ids ?? [];
    this.alignment = new MaskAlignment(this.ids);
  }

  get dimension(): number {
    return this.matrix.dimension;
  }

  get size(): number {
    return this.ids.length;
  }

  /** Adding an id again replaces its vector. */
  add(id: string, vector: Float32Array): void {
    if (vector.length !== this.dimension) {
      throw new AppError('INDEX_INCOMPATIBLE', `Vektorn för ${id} har ${vector.length} dimensioner, indexet ${this.dimension}.`);
    }
    this.rows ??= new Map(this.ids.map((known, row) => [known, row]));
    let row = this.rows.get(id);
    if (row === undefined) {
      row = this.ids.length;
      this.ids.push(id);
      this.rows.set(id, row);
    }
    this.matrix.set(row, vector);
  }

  search(vector: Float32Array, k: number, filter?: PassageFilter): { id: string; similarity: number }[] {
    if (vector.length !== this.dimension) {
      throw new AppError('INDEX_INCOMPATIBLE', `Frågevektorn har ${vector.length} dimensioner, indexet ${this.dimension}; kör om \`npm run ingest\`.`);
    }
    return this.nearestRows(vector, this.candidateRows(filter), k).map(({ row, similarity }) => ({ id: this.ids[row]!, similarity }));
  }

  /** Own row numbers that pass the filter (all rows without one). */
  candidateRows(filter?: PassageFilter): ArrayLike<number> {
    if (isPassageMask(filter)) return this.alignment.ownMembers(filter);
    const rows: number[] = [];
    for (let row = 0; row < this.ids.length; row++) if (!filter || filter(this.ids[row]!)) rows.push(row);
    return rows;
  }

  nearestRows(vector: Float32Array, rows: ArrayLike<number>, k: number): { row: number; similarity: number }[] {
    return this.matrix.nearest(vector, rows, k);
  }

  idOf(row: number): string {
    return this.ids[row]!;
  }

  /** The matrix (vectors.f32) and ids in row order (vectors-exact-ids.json). */
  async save(directory: string): Promise<void> {
    await this.matrix.save(path.join(directory, vectorMatrixFileName));
    await writeFile(path.join(directory, exactIdsFileName), JSON.stringify(this.ids));
  }

  static async load(directory: string): Promise<ExactVectorIndex> {
    const matrix = await VectorMatrix.load(path.join(directory, vectorMatrixFileName));
    const ids = JSON.parse(await readFile(path.join(directory, exactIdsFileName), 'utf8')) as string[];
    if (!Array.isArray(ids) || ids.length !== matrix.size) throw new AppError('INDEX_CORRUPT', `${exactIdsFileName} stämmer inte med ${vectorMatrixFileName}.`);
    return new ExactVectorIndex(matrix.dimension, { matrix, ids });
  }
}
