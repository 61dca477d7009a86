import { droppedTags, markdownService, tidyMarkdown } from './markdown-service.ts';

/**
 * Turns the HTML that mammoth makes of a Word document into Markdown through the same conversion as a
 * saved web page (markdown-service.ts), so that a .docx is read like a .md report: headings by their
 * Word style as "#" lines, lists, tables as "| a | b |" rows. Mammoth's small tag set (h1–h6, p,
 * ul/ol/li, table/tr/td/th, strong, em, a, br, img, sup, sub) holds no site navigation or banners, so
 * only what no HTML keeps is dropped (images, embedded objects). Every Word table is a data table:
 * mammoth puts each cell's text in paragraphs, which on a web page would mark a layout table. A Word
 * heading is a heading by the style its author chose; a trailing colon on it is only typography.
 */
export function wordHtmlToMarkdown(html: string): string {
  const service = markdownService({ isNoise: (element) => droppedTags.has(element.localName), isDataTable: () => true, dropHeadingColon: true });
  return tidyMarkdown(service.turndown(html));
}
