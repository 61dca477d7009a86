import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * A multi-page PDF made from a report's plain text, laid out as a real report is (A4, Helvetica 11 pt,
 * wrapped paragraphs, a running header and page numbers), repeated until it has `pages` pages. For
 * timing PDF ingest end to end on a document of known size. Characters outside WinAnsi (Helvetica's
 * encoding, which has å ä ö) are dropped, and table rows are left out.
 */
export async function generatedReportPdf(text: string, pages: number, title: string): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').replace(/[^\u0020-\u007e\u00a0-\u00ff–—’”•]/g, '').trim())
    .filter((paragraph) => paragraph.length > 0 && !paragraph.startsWith('|'));
  if (paragraphs.length === 0) throw new RangeError('the text has no paragraphs');
  const lineHeight = 14;
  const top = 760;
  const bottom = 70;
  const maxWidth = 480;
  let page = document.addPage([595, 842]);
  let y = top;
  const newPage = () => {
    page = document.addPage([595, 842]);
    y = top;
  };
  const wrap = (paragraph: string): string[] => {
    const lines: string[] = [];
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(candidate, 11) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    if (line) lines.push(line);
    return lines;
  };
  const wrapped = paragraphs.map(wrap);
  for (let at = 0; document.getPageCount() <= pages; at = (at + 1) % wrapped.length) {
    const lines = wrapped[at]!;
    if (y - lines.length * lineHeight < bottom && y !== top) {
      if (document.getPageCount() === pages) break;
      newPage();
    }
    for (const line of lines) {
      if (y < bottom) {
        if (document.getPageCount() === pages) break;
        newPage();
      }
      page.drawText(line, { x: 56, y, size: 11, font });
      y -= lineHeight;
    }
    y -= lineHeight;
  }
  document.getPages().forEach((each, index) => {
    each.drawText(title, { x: 56, y: 800, size: 9, font });
    each.drawText(`${index + 1} (${document.getPageCount()})`, { x: 280, y: 30, size: 9, font });
  });
  return document.save();
}
