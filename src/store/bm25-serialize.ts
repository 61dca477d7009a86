import { z } from 'zod';
import { AppError } from '../errors.ts';
import { Bm25Index } from './bm25-index.ts';

/**
 * Binary layout (little-endian): "UTBM25\0\0", u32 format version, u32 header length, UTF-8 JSON header
 * (params, ids, terms, array lengths), zero padding to 4 bytes, then the Int32 columns in the order of
 * `columns`. Binary because at 100,000 passages the postings are tens of MB, which JSON parses slowly.
 */
const magic = 'UTBM25\0\0';
export const bm25FormatVersion = 1;
const columns = ['offsets', 'postingDocuments', 'postingFrequencies', 'documentLengths', 'standaloneFrequencies'] as const;

// 100,000 ids and 250,000 terms: one loop each, not a zod element parse per string.
const stringList = z.custom<string[]>((value) => Array.isArray(value) && value.every((entry) => typeof entry === 'string'), 'en lista av strängar');
const headerSchema = z.object({
  params: z.object({ k1: z.number(), b: z.number() }),
  ids: stringList,
  terms: stringList,
  lengths: z.object(Object.fromEntries(columns.map((column) => [column, z.number().int().min(0)])) as Record<(typeof columns)[number], z.ZodNumber>),
});

export function serializeBm25(index: Bm25Index): Uint8Array {
  const data = index.data;
  const header = new TextEncoder().encode(
    JSON.stringify({
      params: data.params,
      ids: data.ids,
      terms: data.terms,
      lengths: Object.fromEntries(columns.map((column) => [column, data[column].length])),
    }),
  );
  const headerEnd = 16 + header.length;
  const columnsStart = Math.ceil(headerEnd / 4) * 4;
  const total = columnsStart + columns.reduce((sum, column) => sum + data[column].length * 4, 0);
  const bytes = new Uint8Array(total);
  bytes.set(new TextEncoder().encode(magic), 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(8, bm25FormatVersion, true);
  view.setUint32(12, header.length, true);
  bytes.set(header, 16);
  let offset = columnsStart;
  for (const column of columns) {
    const values = data[column];
    bytes.set(new Uint8Array(values.buffer, values.byteOffset, values.byteLength), offset);
    offset += values.byteLength;
  }
  return bytes;
}

/** Throws AppError('INDEX_CORRUPT') for anything that is not a whole, current-format BM25 file. */
export function deserializeBm25(input: Uint8Array): Bm25Index {
  const corrupt = (reason: string): AppError => new AppError('INDEX_CORRUPT', `Det lexikala indexet kan inte läsas: ${reason}; kör om \`npm run ingest\`.`);
  // Int32Array views need 4-byte alignment: a whole file read into its own buffer has it; otherwise copy.
  const bytes = input.byteOffset % 4 === 0 ? input : new Uint8Array(input);
  if (bytes.length < 16 || new TextDecoder().decode(bytes.subarray(0, 8)) !== magic) throw corrupt('okänt filformat');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== bm25FormatVersion) {
    throw new AppError('INDEX_INCOMPATIBLE', `Det lexikala indexet har formatversion ${version}, programmet ${bm25FormatVersion}; kör om \`npm run ingest\`.`);
  }
  const headerLength = view.getUint32(12, true);
  let header: z.infer<typeof headerSchema>;
  try {
    header = headerSchema.parse(JSON.parse(new TextDecoder().decode(bytes.subarray(16, 16 + headerLength))));
  } catch (error) {
    throw corrupt(`huvudet är ogiltigt (${(error as Error).message.slice(0, 200)})`);
  }
  let offset = Math.ceil((16 + headerLength) / 4) * 4;
  const arrays = {} as Record<(typeof columns)[number], Int32Array>;
  for (const column of columns) {
    const length = header.lengths[column];
    if (offset + length * 4 > bytes.length) throw corrupt('filen är avkortad');
    arrays[column] = new Int32Array(bytes.buffer, bytes.byteOffset + offset, length);
    offset += length * 4;
  }
  if (arrays.offsets.length !== header.terms.length + 1 || arrays.documentLengths.length !== header.ids.length) {
    throw corrupt('kolumnerna stämmer inte med huvudet');
  }
  return new Bm25Index({ params: header.params, ids: header.ids, terms: header.terms, ...arrays });
}
