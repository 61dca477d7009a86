// The comparison matrix as Markdown table, CSV and the body of the Word export. Pure functions of the
// POST /api/compare response, tested without a browser.
import { sourceLine } from './answer-markdown.js';

export const STATE_LABELS = { evidence: 'Belägg', mentioned: 'Nämns bara', none: 'Inga belägg' };

const stateLabel = (state) => STATE_LABELS[state] ?? STATE_LABELS.none;

/** A cell as one line of text: state, sentences, sources. */
function cellText(cell) {
  const sources = (cell.citations ?? []).map(sourceLine);
  return [stateLabel(cell.state), cell.text, sources.length ? `Källor: ${sources.join('; ')}` : ''].filter(Boolean).join(' – ');
}

const markdownCell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

export function matrixMarkdown(matrix) {
  const header = ['Region', ...matrix.columns];
  const lines = [
    `# ${matrix.title}`,
    '',
    `| ${header.map(markdownCell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...matrix.rows.map((row) => `| ${[row.region, ...row.cells.map(cellText)].map(markdownCell).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}

// RFC 4180: quote every field, double inner quotes; CRLF line ends. A leading =, +, - or @ would be a
// formula in a spreadsheet, so such a field gets an apostrophe first.
function csvField(value) {
  const text = String(value ?? '');
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** One line per region and question: easy to filter and pivot in a spreadsheet. */
export function matrixCsv(matrix) {
  const rows = [['Region', 'Fråga', 'Läge', 'Text', 'Källor']];
  for (const row of matrix.rows) {
    row.cells.forEach((cell, column) => {
      rows.push([row.region, matrix.columns[column] ?? '', stateLabel(cell.state), cell.text, (cell.citations ?? []).map(sourceLine).join('; ')]);
    });
  }
  // A byte order mark makes spreadsheet programs read å, ä and ö as UTF-8.
  return `\uFEFF${rows.map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** What POST /api/export/docx wants for the matrix. */
export function matrixDocxBody(matrix) {
  return {
    kind: 'matrix',
    title: matrix.title,
    columns: matrix.columns,
    rows: matrix.rows.map((row) => ({
      region: row.region,
      cells: row.cells.map((cell) => ({ state: cell.state in STATE_LABELS ? cell.state : 'none', text: cell.text ?? '', sources: (cell.citations ?? []).slice(0, 10).map(sourceLine) })),
    })),
  };
}
