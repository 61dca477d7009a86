import chardet from 'chardet';
import iconv from 'iconv-lite';
import { AppError } from '../errors.ts';

/**
 * Turns the bytes of a .txt/.md/.html report into text, whatever encoding its writer's tool used: UTF-8
 * (with or without BOM), UTF-16 (with or without BOM), or a single-byte code page such as Latin-1 /
 * Windows-1252, which the file itself may declare (an HTML page's <meta charset>) and chardet otherwise
 * recognises from letter statistics. A file that is not text at all is refused with REPORT_UNREADABLE
 * instead of being indexed as gibberish.
 */
export interface DecodedText {
  text: string;
  /** The encoding the text was decoded from, as iconv-lite names it. */
  encoding: string;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a BOM, which chardet does not recognise: Swedish text is mostly Latin letters, so
 * one byte of nearly every pair is zero, always on the same side.
 */
function bomlessUtf16(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index += 2) {
    if (sample[index] === 0) evenZeros += 1;
    if (sample[index + 1] === 0) oddZeros += 1;
  }
  const pairs = sample.length / 2;
  if (oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.05) return 'utf-16be';
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Latin-1 and ASCII are read as Windows-1252, their superset for printable characters (as browsers do). */
function asSingleByte(name: string): string | null {
  const lower = name.trim().toLowerCase();
  if (['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'ascii', 'us-ascii'].includes(lower)) return 'windows-1252';
  // A declared Unicode encoding the bytes do not follow says nothing about which code page they are in.
  if (/^(utf|ucs|unicode)/.test(lower) || !iconv.encodingExists(lower)) return null;
  return lower;
}

/**
 * The single-byte code page of bytes that are not UTF-8: the one the file declares when iconv knows it
 * (the writer's own statement; on a short or markup-heavy page chardet's letter statistics are weak,
 * under 40 % confidence for a Swedish paragraph in HTML), else chardet's verdict.
 */
function singleByteEncoding(bytes: Uint8Array, declared: string | undefined): string {
  const stated = declared ? asSingleByte(declared) : null;
  if (stated) return stated;
  const detected = chardet.detect(bytes);
  return (detected && asSingleByte(detected)) ?? 'windows-1252';
}

// Control characters other than tab, line feed, form feed and carriage return, the C1 block, and the
// replacement character: none belong in a written report, and random bytes are full of them.
const unexpectedCharacters = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/gu;

export interface DecodeOptions {
  /** The encoding the file names for itself (an HTML page's <meta charset>); used when the bytes are not UTF-8. */
  declared?: string;
}

/** Decodes report bytes; throws REPORT_UNREADABLE naming the file when they are not text. */
export function decodeText(bytes: Uint8Array, file: string, options: DecodeOptions = {}): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let encoding = bomEncoding(bytes) ?? bomlessUtf16(bytes);
  if (!encoding) {
    // Zero bytes are the surest sign of binary data; a stray one in text is dropped below with the other controls.
    if (countZeros(bytes) > Math.max(2, bytes.length * 0.005)) throw notText(file);
    encoding = isUtf8(bytes) ? 'utf-8' : singleByteEncoding(bytes, options.declared);
  }
  // iconv-lite drops a leading BOM by default.
  const text = iconv.decode(buffer, encoding);
  const unexpected = text.match(unexpectedCharacters)?.length ?? 0;
  if (unexpected > Math.max(2, text.length * 0.005)) throw notText(file);
  return { text: text.replace(unexpectedCharacters, ''), encoding };
}

function countZeros(bytes: Uint8Array): number {
  let zeros = 0;
  for (const byte of bytes) if (byte === 0) zeros += 1;
  return zeros;
}

function notText(file: string): AppError {
  return new AppError(
    'REPORT_UNREADABLE',
    `${file}: filen innehåller inte text utan binära data (t.ex. en bild, ett komprimerat eller krypterat dokument) och kan inte läsas som text.`,
    { details: { file, reason: 'binary' } },
  );
}
