/** One quotable unit of a passage: a sentence, or a list item line, exactly as the report has it. */
export interface SentenceSpan {
  text: string;
  /** Offsets into the passage text. */
  start: number;
  end: number;
  /** Number of the enclosing numbered list item ("3. …", "3/ …"), which links measures to results. */
  item: number | null;
  /** 0-based position within the passage. */
  index: number;
}

// "2.Leder till …" (no space) occurs in converted forms; an upper-case letter right after still marks an item.
const itemMarker = /^(\s*)(\d{1,2})\s*[./)](?:\s+|(?=\p{Lu}))/u;
const bulletMarker = /^(\s*)[-•*–]\s+/;
// Form residue such as "....." or "Beskriv med max 3000 tecken." carries no content.
const residueLine = /^[\s.…_-]*$/;
const abbreviations = new Set([
  't.ex', 'tex', 'bl.a', 's.k', 'm.m', 'dvs', 'osv', 'ca', 'resp', 'nr', 'kap', 'prop', 'jfr', 'inkl',
  'exkl', 'fr.o.m', 't.o.m', 'o.s.v', 'd.v.s', 'p.g.a', 'pga', 'mfl', 'm.fl', 'ev', 'st', 'f.d',
]);

/** Splits a passage into sentences and list items, keeping exact text and offsets. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let lineStart = 0;
  let currentItem: number | null = null;
  for (const line of text.split('\n')) {
    const offset = lineStart;
    lineStart += line.length + 1;
    if (residueLine.test(line)) {
      currentItem = null;
      continue;
    }
    let contentStart = 0;
    const item = itemMarker.exec(line);
    const bullet = bulletMarker.exec(line);
    if (item) {
      currentItem = Number(item[2]);
      contentStart = item[0].length;
    } else if (bullet) {
      currentItem = null;
      contentStart = bullet[0].length;
    }
    for (const [start, end] of sentenceBounds(line, contentStart)) {
      const sentence = line.slice(start, end);
      if (!/\p{L}/u.test(sentence) || sentence.length < 3) continue;
      spans.push({ text: sentence, start: offset + start, end: offset + end, item: currentItem, index: spans.length });
    }
  }
  return spans;
}

function sentenceBounds(line: string, from: number): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = from;
  const boundary = /[.!?](?=\s+["'”»(]?[\p{Lu}\p{N}])/gu;
  boundary.lastIndex = from;
  for (let match = boundary.exec(line); match; match = boundary.exec(line)) {
    const before = line.slice(start, match.index).split(/\s+/).pop() ?? '';
    if (abbreviations.has(before.toLowerCase()) || /^\p{L}$/u.test(before)) continue;
    bounds.push(trimmed(line, start, match.index + 1));
    start = match.index + 1;
  }
  bounds.push(trimmed(line, start, line.length));
  return bounds.filter(([a, b]) => b > a);
}

function trimmed(line: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(line[start]!)) start += 1;
  while (end > start && /\s/.test(line[end - 1]!)) end -= 1;
  return [start, end];
}
