import { readFile, writeFile } from 'node:fs/promises';
import { AppError } from '../errors.ts';

/**
 * Unit vectors row by row in one Float32Array, for exact cosine scoring of a few rows: what a selective
 * filter needs (HNSW would wander the graph skipping most nodes), and the reference an approximate index
 * is tested against. Rows are stored normalised, so cosine similarity is a dot product.
 */
export class VectorMatrix {
  private data: Float32Array;
  private count = 0;

  constructor(
    readonly dimension: number,
    capacity = 1024,
  ) {
    this.data = new Float32Array(Math.max(1, capacity) * dimension);
  }

  get size(): number {
    return this.count;
  }

  /** Sets row `row` (appending when row = size) to the vector scaled to unit length. */
  set(row: number, vector: Float32Array): void {
    if (row > this.count) throw new RangeError(`row ${row} after the last row ${this.count}`);
    if (row === this.count) {
      if ((row + 1) * this.dimension > this.data.length) {
        const grown = new Float32Array(Math.max(this.data.length * 2, (row + 1) * this.dimension));
        grown.set(this.data);
        this.data = grown;
      }
      this.count++;
    }
    const norm = Math.sqrt(dot(vector, vector));
    const offset = row * this.dimension;
    for (let index = 0; index < this.dimension; index++) this.data[offset + index] = norm > 0 ? vector[index]! / norm : 0;
  }

  /**
   * The k rows among `rows` most similar to `query` (cosine), best first; ties go to the lower row.
   * Only the query's non-zero dimensions are visited: a short query's hashed vector is mostly zeros,
   * and skipping them leaves every sum unchanged.
   */
  nearest(query: Float32Array, rows: ArrayLike<number>, k: number): { row: number; similarity: number }[] {
    const count = Math.min(Math.floor(k), rows.length);
    if (count <= 0) return [];
    const queryNorm = Math.sqrt(dot(query, query));
    if (queryNorm === 0) return [];
    const dims: number[] = [];
    const weights: number[] = [];
    for (let index = 0; index < this.dimension; index++) {
      if (query[index] !== 0) {
        dims.push(index);
        weights.push(query[index]! / queryNorm);
      }
    }
    const dimList = Int32Array.from(dims);
    const weightList = Float64Array.from(weights);
    const best = new TopRows(count);
    const data = this.data;
    const dimension = this.dimension;
    for (let at = 0; at < rows.length; at++) {
      const row = rows[at]!;
      const offset = row * dimension;
      let sum = 0;
      for (let index = 0; index < dimList.length; index++) sum += weightList[index]! * data[offset + dimList[index]!]!;
      best.offer(row, sum);
    }
    return best.sorted();
  }

  /** Raw little-endian bytes: u32 dimension, u32 rows, then the rows. */
  async save(file: string): Promise<void> {
    const header = new Uint32Array([this.dimension, this.count]);
    const body = new Uint8Array(this.data.buffer, this.data.byteOffset, this.count * this.dimension * 4);
    await writeFile(file, Buffer.concat([Buffer.from(header.buffer), body]));
  }

  static async load(file: string): Promise<VectorMatrix> {
    return VectorMatrix.fromBytes(await readFile(file), file);
  }

  /** A matrix over a file's bytes (as `save` wrote them); viewed in place when 4-aligned, else copied. */
  static fromBytes(bytes: Uint8Array, file: string): VectorMatrix {
    if (bytes.byteLength < 8) throw new AppError('INDEX_CORRUPT', `${file} är för kort.`);
    const header = new DataView(bytes.buffer, bytes.byteOffset, 8);
    const dimension = header.getUint32(0, true);
    const rows = header.getUint32(4, true);
    if (dimension < 1 || bytes.byteLength !== 8 + rows * dimension * 4) {
      throw new AppError('INDEX_CORRUPT', `${file} har fel längd för ${rows} vektorer à ${dimension} dimensioner.`);
    }
    if ((bytes.byteOffset + 8) % 4 === 0 && littleEndian) {
      // A whole file read into its own buffer: the rows are used where they lie (no second 200 MB at 100,000).
      const matrix = new VectorMatrix(dimension, 1);
      matrix.data = new Float32Array(bytes.buffer, bytes.byteOffset + 8, rows * dimension);
      matrix.count = rows;
      return matrix;
    }
    const matrix = new VectorMatrix(dimension, rows);
    new Uint8Array(matrix.data.buffer).set(bytes.subarray(8));
    matrix.count = rows;
    return matrix;
  }
}

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let index = 0; index < a.length; index++) sum += a[index]! * b[index]!;
  return sum;
}

/** A size-k min-heap of (row, similarity); "worse" = lower similarity, or equal and a higher row. */
class TopRows {
  private readonly rows: number[] = [];
  private readonly scores: number[] = [];
  constructor(private readonly k: number) {}

  private worse(a: number, b: number): boolean {
    return this.scores[a]! < this.scores[b]! || (this.scores[a] === this.scores[b] && this.rows[a]! > this.rows[b]!);
  }

  private swap(a: number, b: number): void {
    [this.rows[a], this.rows[b]] = [this.rows[b]!, this.rows[a]!];
    [this.scores[a], this.scores[b]] = [this.scores[b]!, this.scores[a]!];
  }

  offer(row: number, score: number): void {
    if (this.rows.length === this.k) {
      const top = this.scores[0]!;
      if (score < top || (score === top && row > this.rows[0]!)) return;
      this.rows[0] = row;
      this.scores[0] = score;
      let index = 0;
      for (;;) {
        const left = 2 * index + 1;
        const right = left + 1;
        let smallest = index;
        if (left < this.k && this.worse(left, smallest)) smallest = left;
        if (right < this.k && this.worse(right, smallest)) smallest = right;
        if (smallest === index) return;
        this.swap(index, smallest);
        index = smallest;
      }
    }
    this.rows.push(row);
    this.scores.push(score);
    let index = this.rows.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.worse(index, parent)) return;
      this.swap(index, parent);
      index = parent;
    }
  }

  sorted(): { row: number; similarity: number }[] {
    return this.rows
      .map((row, index) => ({ row, similarity: this.scores[index]! }))
      .sort((a, b) => b.similarity - a.similarity || a.row - b.row);
  }
}
