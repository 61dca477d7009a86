import type { TextRange } from '../evidence/sentences.ts';

/** The lead-in and the matching items of a long enumeration, as one line and as the ranges to mark. */
export interface EnumerationExcerpt {
  text: string;
  /** Offsets into the same text as the unit's (the passage), lead-in first. */
  ranges: TextRange[];
}

// Where a listing sentence's lead-in ends: a colon, or "bland annat", "till exempel" and the like.
const leadInEnd = /:\s|(?<![\p{L}])(?:bl\.\s?a\.|bland annat|t\.\s?ex\.|till exempel|exempelvis|såsom)\s/u;
// Items are parted by commas, semicolons and the last "och"/"samt"/"eller"; parentheses keep their commas.
const separator = /\s*[,;]\s*(?:(?:och|samt|eller|slutligen)\s+)?|\s+(?:och|samt|eller)\s+(?:slutligen\s+)?/uy;
/** A sentence listing at least this many items is a long enumeration. */
export const minEnumerationItems = 5;

interface Part {
  start: number;
  end: number;
}

function itemsOf(text: string, from: number): Part[] {
  const parts: Part[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    separator.lastIndex = i;
    const match = separator.exec(text);
    if (match && match[0].length > 0) {
      parts.push({ start, end: i });
      start = i + match[0].length;
      i = start - 1;
    }
  }
  let end = text.length;
  while (end > start && /[\s.!?]/u.test(text[end - 1]!)) end -= 1;
  parts.push({ start, end });
  return parts.filter((part) => part.end > part.start);
}

/**
 * From a sentence listing many items ("Exempel på nya arbetssätt är: digital signering, nattpatrull,
 * fler mobila team, …"), the lead-in with only the items that match, gaps shown as "…". Null when the
 * sentence is no long enumeration, or when no item or every item matches (then quote it whole).
 */
export function enumerationExcerpt(unit: TextRange, matches: (item: string) => boolean): EnumerationExcerpt | null {
  const end = leadInEnd.exec(unit.text);
  if (!end) return null;
  const leadInLength = end.index + end[0].trimEnd().length;
  const items = itemsOf(unit.text, end.index + end[0].length);
  if (items.length < minEnumerationItems) return null;
  const chosen = items.map((item, i) => ({ ...item, i })).filter((item) => matches(unit.text.slice(item.start, item.end)));
  if (chosen.length === 0 || chosen.length === items.length) return null;
  const ranges: TextRange[] = [{ text: unit.text.slice(0, leadInLength), start: unit.start, end: unit.start + leadInLength }];
  let text = ranges[0]!.text;
  let previous = -1;
  for (const item of chosen) {
    const piece = unit.text.slice(item.start, item.end);
    text += item.i === previous + 1 && previous >= 0 ? `, ${piece}` : item.i === 0 ? ` ${piece}` : ` … ${piece}`;
    ranges.push({ text: piece, start: unit.start + item.start, end: unit.start + item.end });
    previous = item.i;
  }
  if (previous < items.length - 1) text += ' …';
  else text += /[.!?]$/u.test(unit.text.trimEnd()) ? unit.text.trimEnd().slice(-1) : '';
  return { text, ranges };
}
