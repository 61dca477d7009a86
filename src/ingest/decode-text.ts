import chardet from 'chardet';
import iconv from 'iconv-lite';
import { AppError } from '../errors.ts';

/**
 * Turns the bytes of a .txt/.md report into text, whatever encoding its writer's tool used: UTF-8
 * (with or without BOM), UTF-16 (with or without BOM), or a single-byte code page such as Latin-1 /
 * Windows-1252, which chardet recognises from letter statistics. A file that is not text at all is
 * refused with REPORT_UNREADABLE instead of being indexed as gibberish.
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

/** chardet's single-byte verdict; Latin-1 is read as Windows-1252, its superset for printable characters. */
function singleByteEncoding(bytes: Uint8Array): string {
  const detected = chardet.detect(bytes)?.toLowerCase() ?? 'windows-1252';
  if (detected === 'iso-8859-1' || detected === 'ascii') return 'windows-1252';
  return iconv.encodingExists(detected) ? detected : 'windows-1252';
}

// Control characters other than tab, line feed, form feed and carriage return, the C1 block, and the
// replacement character: none belong in a written report, and random bytes are full of them.
const unexpectedCharacters = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/gu;

/** Decodes report bytes; throws REPORT_UNREADABLE naming the file when they are not text. */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let encoding = bomEncoding(bytes) ?? bomlessUtf16(bytes);
  if (!encoding) {
    // Zero bytes are the surest sign of binary data; a stray one in text is dropped below with the other controls.
    if (countZeros(bytes) > Math.max(2, bytes.length * 0.005)) throw notText(file);
    encoding = isUtf8(bytes) ? 'utf-8' : singleByteEncoding(bytes);
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
    `${file}: filen innehåller inte text utan binära data (t.ex. en bild, ett komprimerat eller krypterat dokument) och kan inte läsas som .txt/.md.`,
    { details: { file, reason: 'binary' } },
  );
}
