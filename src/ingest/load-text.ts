import { parseFrontMatter } from './front-matter.ts';
import type { FrontMatter } from './front-matter.ts';
import type { SourceDocument } from './source-document.ts';

/** Decodes a .txt/.md report (UTF-8, BOM and CRLF tolerated) and splits off its front matter. */
export function loadTextReport(bytes: Uint8Array): { document: SourceDocument; frontMatter: FrontMatter } {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const frontMatter = parseFrontMatter(text);
  return { document: { pages: [{ page: null, text: frontMatter.body }], pageCount: null }, frontMatter };
}
