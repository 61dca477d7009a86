import { decodeText } from './decode-text.ts';
import { parseFrontMatter } from './front-matter.ts';
import type { FrontMatter } from './front-matter.ts';
import type { SourceDocument } from './source-document.ts';

/**
 * Decodes a .txt/.md report (encoding detected, see decode-text.ts; CRLF tolerated) and splits off its
 * front matter. A non-UTF-8 encoding is named in a warning so that the source can be fixed.
 */
export function loadTextReport(
  bytes: Uint8Array,
  file: string,
): { document: SourceDocument; frontMatter: FrontMatter; warnings: string[] } {
  const { text: decoded, encoding } = decodeText(bytes, file);
  const frontMatter = parseFrontMatter(normaliseNewlines(decoded));
  return { document: textDocument(frontMatter.body), frontMatter, warnings: encodingWarnings(encoding) };
}

export const normaliseNewlines = (text: string): string => text.replace(/\r\n?/g, '\n');

/** A text source has no pages: one page without a number. */
export function textDocument(body: string): SourceDocument {
  return { pages: [{ page: null, text: body }], pageCount: null };
}

export function encodingWarnings(encoding: string): string[] {
  return encoding === 'utf-8' ? [] : [`teckenkodning ${encoding} (inte UTF-8) avkodad`];
}
