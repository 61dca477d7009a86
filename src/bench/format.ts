/** Plain-text tables and number formats for the benchmark report (no colours: output is pasted into PRs). */

export type Cell = string | number;

/** Milliseconds with a precision that suits the size; NaN (no samples) shows as "–". */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '–';
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** Whole numbers with thousands separated by spaces, Swedish style: "100 000". */
export function formatCount(count: number): string {
  if (!Number.isFinite(count)) return '–';
  return Math.round(count)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? `${ratio.toFixed(ratio >= 10 ? 0 : 1)}×` : '–';
}

/**
 * Columns padded to their widest cell; numbers and cells that look numeric ("12.3 ms", "4.1×") are
 * right-aligned, text left-aligned. A separator line follows the header.
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = rows.map((row) => headers.map((_, column) => String(row[column] ?? '')));
  const widths = headers.map((header, column) => Math.max(header.length, ...text.map((row) => row[column]!.length)));
  const numeric = headers.map((_, column) => rows.length > 0 && rows.every((row) => isNumericCell(row[column])));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(headers.map((header, column) => (numeric[column] ? header.padStart(widths[column]!) : header))), widths.map((width) => '-'.repeat(width)).join('  '), ...text.map(line)].join('\n');
}

function isNumericCell(cell: Cell | undefined): boolean {
  if (cell === undefined) return false;
  if (typeof cell === 'number') return true;
  return cell === '–' || /^[-+]?[\d ]+(\.\d+)?\s*(ms|s|KB|MB|GB|B|×|%|\/s)?$/.test(cell.trim());
}

/** A heading underlined with "=", for the sections of the report. */
export function heading(title: string): string {
  return `\n${title}\n${'='.repeat(title.length)}`;
}
