import mammoth from 'mammoth';
import { AppError } from '../errors.ts';
import type { SourceDocument } from './source-document.ts';
import { wordHtmlToMarkdown } from './word-markdown.ts';

// Word's own title styles and the Swedish names of the heading styles become headings too.
const styleMap = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Rubrik'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Underrubrik'] => h2:fresh",
  ...[1, 2, 3, 4].map((level) => `p[style-name='Rubrik ${level}'] => h${level}:fresh`),
];

/**
 * Reads a .docx report with mammoth (Word → HTML by paragraph style), then as Markdown like a saved web
 * page (word-markdown.ts), keeping headings as headings.
 * Word has no fixed pages, so passages of a .docx carry no page number.
 */
export async function loadDocxReport(bytes: Uint8Array, file: string): Promise<{ document: SourceDocument; warnings: string[] }> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { styleMap });
    html = result.value;
  } catch (error) {
    throw new AppError('REPORT_UNREADABLE', `${file}: Word-filen kan inte läsas (${(error as Error).message.split('\n')[0]}).`, {
      cause: error,
      details: { file },
    });
  }
  const text = wordHtmlToMarkdown(html);
  if (text.trim() === '') {
    throw new AppError('REPORT_UNREADABLE', `${file}: Word-filen innehåller ingen text.`, { details: { file } });
  }
  return { document: { pages: [{ page: null, text }], pageCount: null }, warnings: [] };
}
