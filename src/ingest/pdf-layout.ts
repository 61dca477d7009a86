/**
 * Turns positioned PDF text items into paragraphs, page by page. Pure: the PDF library is only used
 * in load-pdf.ts. Reading order comes from positions (top to bottom, then left to right), not from
 * the order items happen to be stored in.
 */

export interface PositionedItem {
  text: string;
  x: number;
  /** Baseline from the page bottom (PDF user space: larger is higher up). */
  y: number;
  width: number;
  height: number;
}

export interface PageLine {
  text: string;
  y: number;
  height: number;
}

export function itemsToLines(items: PositionedItem[]): PageLine[] {
  const visible = items.filter((item) => item.text.trim() !== '');
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { items: PositionedItem[]; y: number; height: number }[] = [];
  for (const item of sorted) {
    const tolerance = Math.max(2, (item.height || 10) * 0.4);
    const line = lines.find((candidate) => Math.abs(candidate.y - item.y) <= tolerance);
    if (line) {
      line.items.push(item);
      line.height = Math.max(line.height, item.height);
    } else lines.push({ items: [item], y: item.y, height: item.height || 10 });
  }
  lines.sort((a, b) => b.y - a.y);
  return lines.map((line) => {
    const parts = [...line.items].sort((a, b) => a.x - b.x);
    let text = '';
    let lastEnd: number | null = null;
    for (const part of parts) {
      // A visible gap between items is a word break; touching items are one word split by the writer.
      const gap = lastEnd === null ? 0 : part.x - lastEnd;
      const needsSpace = !/\s$/.test(text) && !/^\s/.test(part.text);
      if (text && needsSpace && gap > Math.max(1, (part.height || 10) * 0.15)) text += ' ';
      text += part.text;
      lastEnd = part.x + part.width;
    }
    return { text: text.replace(/\s+/g, ' ').trim(), y: line.y, height: line.height };
  });
}

/** Digits blurred so that "Sida 2 av 5" and "Sida 3 av 5" count as the same running line. */
function runningKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

const pageNumberOnly = /^(?:sida\s*)?#(?:\s*(?:av|\/)\s*#)?$/;

/**
 * Drops running headers and footers: a first or last line of a page whose digit-blurred text recurs
 * at the top or bottom of at least half of the pages (and on two or more), plus bare page numbers,
 * but never every line of a page.
 */
export function dropRunningLines(pages: PageLine[][]): PageLine[][] {
  if (pages.length === 0) return pages;
  const edgeCounts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set<string>();
    for (const line of [...lines.slice(0, 2), ...lines.slice(-2)]) edges.add(runningKey(line.text));
    for (const key of edges) edgeCounts.set(key, (edgeCounts.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines) => {
    const content = lines.filter((line) => !pageNumberOnly.test(runningKey(line.text)));
    const kept = lines.filter((line, index) => {
      const key = runningKey(line.text);
      if (pageNumberOnly.test(key)) return false;
      const atEdge = index < 2 || index >= lines.length - 2;
      return !atEdge || (edgeCounts.get(key) ?? 0) < threshold;
    });
    // A page is never emptied: when every line of it recurs (pages that differ only in a figure),
    // the recurring lines are its content, not a header or footer.
    return kept.length > 0 ? kept : content;
  });
}

const listStart = /^(?:[-–•*]\s|\d{1,2}[.)/]\s?\S)/;

/** Joins lines into paragraphs: a vertical gap clearly larger than the line pitch starts a new one. */
export function linesToText(lines: PageLine[]): string {
  let text = '';
  let previous: PageLine | null = null;
  for (const line of lines) {
    if (previous === null) text = line.text;
    else {
      const gap = previous.y - line.y;
      const pitch = Math.max(previous.height, line.height) * 1.2;
      if (gap > pitch * 1.45) text += `\n\n${line.text}`;
      else if (listStart.test(line.text)) text += `\n${line.text}`;
      else if (/-$/.test(text) && /^\p{Ll}/u.test(line.text)) text = `${text.slice(0, -1)}${line.text}`;
      else text += `\n${line.text}`;
    }
    previous = line;
  }
  return text;
}
