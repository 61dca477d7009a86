import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AppError } from '../errors.ts';
import { dropRunningLines, itemsToLines, linesToText } from './pdf-layout.ts';
import type { PageLine, PositionedItem } from './pdf-layout.ts';
import type { SourceDocument } from './source-document.ts';

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

/** Extracts text per page in reading order; a corrupt or text-less PDF is a REPORT_UNREADABLE error. */
export async function loadPdfReport(bytes: Uint8Array, file: string): Promise<SourceDocument> {
  let pdf;
  try {
    // pdf.js takes ownership of (and detaches) the buffer it is given, so hand it a copy.
    pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false })
      .promise;
  } catch (error) {
    throw new AppError('REPORT_UNREADABLE', `${file}: PDF-filen kan inte läsas (${(error as Error).message}).`, {
      cause: error,
      details: { file },
    });
  }
  try {
    const pageLines: PageLine[][] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items: PositionedItem[] = (content.items as TextItemLike[])
        .filter((item) => typeof item.str === 'string' && Array.isArray(item.transform))
        .map((item) => ({
          text: item.str ?? '',
          x: item.transform?.[4] ?? 0,
          y: item.transform?.[5] ?? 0,
          width: item.width ?? 0,
          height: item.height ?? 0,
        }));
      pageLines.push(itemsToLines(items));
      page.cleanup();
    }
    const kept = dropRunningLines(pageLines);
    const pages = kept.map((lines, index) => ({ page: index + 1, text: linesToText(lines) }));
    if (pages.every((page) => page.text.trim() === '')) {
      throw new AppError('REPORT_UNREADABLE', `${file}: PDF-filen innehåller ingen text (skannad bild?).`, {
        details: { file },
      });
    }
    return { pages, pageCount: pdf.numPages };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('REPORT_UNREADABLE', `${file}: PDF-filen kan inte läsas (${(error as Error).message}).`, {
      cause: error,
      details: { file },
    });
  } finally {
    await pdf.destroy();
  }
}
