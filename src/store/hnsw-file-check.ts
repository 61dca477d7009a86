import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/*
 * hnswlib trusts its file: a neighbour id past the end of the graph, a wrong element size or a
 * truncated link list becomes a read out of bounds in native code, i.e. a segfault at the first
 * search. This walks the file as hnswlib's saveIndex writes it (hnswalg.h) and rejects anything that
 * is not a well-formed graph of the expected size, before hnswlib ever loads it.
 *
 * Layout (little-endian, size_t = 8 bytes, tableint = 4): header of 96 bytes; then per element at
 * level 0: link count (u32, low 16 bits), maxM0 neighbour ids, `dimension` float32s, label (u64);
 * then per element: link-list size in bytes (u32) and that many bytes of upper-level lists, each
 * a count (u32) and maxM neighbour ids.
 */

const headerBytes = 96;
const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const idsFileSchema = z.object({ dimension: z.number().int().min(1), ids: z.array(z.string()) });

export interface HnswIds {
  dimension: number;
  ids: string[];
}

/** vectors-ids.json: label → passage id. Unique ids, or labels would silently alias two passages. */
export async function readHnswIds(file: string): Promise<HnswIds> {
  return parseHnswIds(await readFile(file, 'utf8'));
}

/** readHnswIds over the file's text (bytes already read and verified). */
export function parseHnswIds(text: string): HnswIds {
  const parsed = idsFileSchema.parse(JSON.parse(text));
  if (new Set(parsed.ids).size !== parsed.ids.length) throw new Error('id-listan har dubbletter');
  return parsed;
}

/** Throws an Error saying what is wrong; returns quietly for a well-formed graph of `count` vectors of `dimension`. */
export function checkHnswBytes(bytes: Uint8Array, dimension: number, count: number): void {
  const fail = (reason: string): never => {
    throw new Error(`vectors.hnsw är ogiltig: ${reason}`);
  };
  if (bytes.length < headerBytes) fail(`filen är ${bytes.length} byte, kortare än huvudet`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = (at: number): number => {
    const value = view.getBigUint64(at, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) fail(`orimligt värde på position ${at}`);
    return Number(value);
  };
  const offsetLevel0 = size(0);
  const maxElements = size(8);
  const elementCount = size(16);
  const sizeDataPerElement = size(24);
  const labelOffset = size(32);
  const offsetData = size(40);
  const maxLevel = view.getInt32(48, true);
  const enterPoint = view.getUint32(52, true);
  const maxM = size(56);
  const maxM0 = size(64);
  const m = size(72);
  const mult = view.getFloat64(80, true);

  if (elementCount !== count) fail(`${elementCount} vektorer men ${count} id:n`);
  // hnswlib allocates the whole capacity on load; a capacity far beyond any build's (HnswIndex grows by
  // doubling, a build may preallocate) is a damaged header asking for gigabytes.
  if (offsetLevel0 !== 0 || maxElements < elementCount || maxElements > Math.max(1 << 20, 4 * elementCount)) fail('huvudet är skadat');
  if (m < 2 || m > 10_000 || maxM !== m || maxM0 !== 2 * m) fail(`orimliga grafparametrar (M ${m}, maxM ${maxM}, maxM0 ${maxM0})`);
  if (!Number.isFinite(mult) || mult <= 0) fail('orimlig nivåfaktor');
  const linksLevel0 = 4 + 4 * maxM0;
  const linksUpper = 4 + 4 * maxM;
  if (offsetData !== linksLevel0 || labelOffset !== linksLevel0 + 4 * dimension || sizeDataPerElement !== labelOffset + 8) {
    fail(`elementstorleken stämmer inte med ${dimension} dimensioner`);
  }
  const level0End = headerBytes + elementCount * sizeDataPerElement;
  if (bytes.length < level0End) fail('filen är avkortad');
  if (elementCount === 0) {
    if (bytes.length !== level0End) fail('filen har okänt innehåll efter grafen');
    return;
  }
  if (enterPoint >= elementCount || maxLevel < 0 || maxLevel > 64) fail('ingångspunkten är ogiltig');

  const checkNeighbours = (at: number, limit: number, element: number): void => {
    const links = view.getUint32(at, true) & 0xffff;
    if (links > limit) fail(`element ${element} har ${links} grannar, högst ${limit} är möjligt`);
    for (let index = 0; index < links; index++) {
      const neighbour = view.getUint32(at + 4 + 4 * index, true);
      if (neighbour >= elementCount) fail(`element ${element} pekar på granne ${neighbour} utanför grafen`);
    }
  };

  // Every offset in the level-0 block is a multiple of 4 (header, links, floats, 8-byte label), so the
  // floats can be read through one Float32Array when the bytes start 4-aligned (little-endian machines,
  // as hnswlib's file is); 51 million DataView calls at 100,000 vectors took most of this check.
  const floats = bytes.byteOffset % 4 === 0 && littleEndian ? new Float32Array(bytes.buffer, bytes.byteOffset, Math.floor(level0End / 4)) : null;
  const labels = new Uint8Array(elementCount);
  for (let element = 0; element < elementCount; element++) {
    const base = headerBytes + element * sizeDataPerElement;
    checkNeighbours(base, maxM0, element);
    if (floats) {
      const first = (base + offsetData) / 4;
      for (let d = first; d < first + dimension; d++) {
        // x − x is 0 for every finite x, NaN for NaN and ±Infinity.
        if (floats[d]! - floats[d]! !== 0) fail(`vektor ${element} innehåller ogiltiga tal`);
      }
    } else {
      for (let d = 0; d < dimension; d++) {
        if (!Number.isFinite(view.getFloat32(base + offsetData + 4 * d, true))) fail(`vektor ${element} innehåller ogiltiga tal`);
      }
    }
    const label = view.getBigUint64(base + labelOffset, true);
    // Labels are insertion order 0..n−1 (HnswIndex.add), each used once.
    if (label >= BigInt(elementCount) || labels[Number(label)] === 1) fail(`element ${element} har en ogiltig etikett`);
    labels[Number(label)] = 1;
  }

  let at = level0End;
  let topLevel = 0;
  let enterPointLevel = -1;
  for (let element = 0; element < elementCount; element++) {
    if (at + 4 > bytes.length) fail('länklistorna är avkortade');
    const listBytes = view.getUint32(at, true);
    at += 4;
    if (listBytes % linksUpper !== 0) fail(`element ${element} har en länklista av fel storlek`);
    const levels = listBytes / linksUpper;
    if (levels > maxLevel || at + listBytes > bytes.length) fail(`element ${element} har fler nivåer än grafen`);
    for (let level = 0; level < levels; level++) checkNeighbours(at + level * linksUpper, maxM, element);
    at += listBytes;
    topLevel = Math.max(topLevel, levels);
    if (element === enterPoint) enterPointLevel = levels;
  }
  if (at !== bytes.length) fail('filen har okänt innehåll efter grafen');
  if (topLevel !== maxLevel || enterPointLevel !== maxLevel) fail('grafens nivåer stämmer inte med huvudet');
}
