import { Document, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

// Word export with the docx library: summaries (their Markdown) and the comparison matrix (a real
// Word table). The Markdown here is the service's own (headings, lists, **bold**, [n] markers), so a
// line-based reading is enough; nothing is ever interpreted as markup beyond that.

export type CellState = 'evidence' | 'mentioned' | 'none';

export interface MatrixExport {
  title: string;
  columns: string[];
  rows: { region: string; cells: { state: CellState; text: string; sources: string[] }[] }[];
}

export const stateLabels: Record<CellState, string> = { evidence: 'Belägg', mentioned: 'Nämns bara', none: 'Inga belägg' };
const stateShading: Record<CellState, string> = { evidence: 'E3F1E6', mentioned: 'FFF3D1', none: 'F0F0F0' };

const headings = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Inline runs: **bold** becomes bold, everything else is literal text. */
export function inlineRuns(text: string): TextRun[] {
  return text.split(/(\*\*[^*]+\*\*)/).filter(Boolean).map((part) =>
    part.startsWith('**') && part.endsWith('**') && part.length > 4 ? new TextRun({ text: part.slice(2, -2), bold: true }) : new TextRun(part.replace(/(?<![\w*])\*(?!\s)([^*\n]+?)\*(?![\w*])/g, '$1')),
  );
}

/** Paragraphs of a Markdown text: headings, bullet and numbered items, block quotes, paragraphs. */
export function markdownParagraphs(markdown: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length) paragraphs.push(new Paragraph({ children: inlineRuns(pending.join(' ')) }));
    pending = [];
  };
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    let match: RegExpMatchArray | null;
    if (line.trim() === '') flush();
    else if ((match = line.match(/^(#{1,6})\s+(.*)$/))) {
      flush();
      paragraphs.push(new Paragraph({ heading: headings[match[1]!.length - 1], children: inlineRuns(match[2]!.replace(/\s*#+\s*$/, '')) }));
    } else if ((match = line.match(/^(\s*)[-*+•]\s+(.*)$/))) {
      flush();
      paragraphs.push(new Paragraph({ bullet: { level: Math.min(3, Math.floor(match[1]!.length / 2)) }, children: inlineRuns(match[2]!) }));
    } else if ((match = line.match(/^\s*(\d+)[.)]\s+(.*)$/))) {
      flush();
      // Numbers are kept as written: they are often the form's own item numbers, not a list counter.
      paragraphs.push(new Paragraph({ indent: { left: 360 }, children: inlineRuns(`${match[1]}. ${match[2]}`) }));
    } else if ((match = line.match(/^>\s?(.*)$/))) {
      flush();
      paragraphs.push(new Paragraph({ indent: { left: 720 }, children: [new TextRun({ text: match[1]!, italics: true })] }));
    } else pending.push(line.trim());
  }
  flush();
  return paragraphs;
}

function cell(children: Paragraph[], shading?: string): TableCell {
  return new TableCell({ children, ...(shading ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: shading } } : {}) });
}

export function matrixTable(matrix: MatrixExport): Table {
  const header = new TableRow({
    tableHeader: true,
    children: [cell([new Paragraph({ children: [new TextRun({ text: 'Region', bold: true })] })], 'DCE6F2'),
      ...matrix.columns.map((column) => cell([new Paragraph({ children: [new TextRun({ text: column, bold: true })] })], 'DCE6F2'))],
  });
  const rows = matrix.rows.map((row) =>
    new TableRow({
      children: [
        cell([new Paragraph({ children: [new TextRun({ text: row.region, bold: true })] })]),
        ...row.cells.map((entry) =>
          cell(
            [
              new Paragraph({ children: [new TextRun({ text: stateLabels[entry.state], bold: true })] }),
              ...(entry.text ? [new Paragraph({ children: inlineRuns(entry.text) })] : []),
              ...entry.sources.map((source) => new Paragraph({ children: [new TextRun({ text: source, size: 16 })] })),
            ],
            stateShading[entry.state],
          ),
        ),
      ],
    }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

function documentOf(children: (Paragraph | Table)[]): Document {
  return new Document({ creator: 'Utblick', title: 'Utblick', styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } }, sections: [{ children }] });
}

/** A summary (or any answer) as Word: its Markdown, title first unless the Markdown opens with one. */
export async function markdownDocx(title: string, markdown: string): Promise<Buffer> {
  const body = markdownParagraphs(markdown);
  const opensWithHeading = /^\s*#\s/.test(markdown);
  return Packer.toBuffer(documentOf([...(opensWithHeading ? [] : [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(title)] })]), ...body]));
}

export async function matrixDocx(matrix: MatrixExport): Promise<Buffer> {
  const legend = new Paragraph({ children: [new TextRun({ text: `${stateLabels.evidence}: rapporten svarar med citerade meningar. ${stateLabels.mentioned}: ämnet nämns men inget stycke svarar. ${stateLabels.none}: inget i rapporterna.`, italics: true, size: 18 })] });
  return Packer.toBuffer(documentOf([new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(matrix.title)] }), legend, matrixTable(matrix)]));
}
