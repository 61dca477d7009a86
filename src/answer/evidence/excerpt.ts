import { stripEmails } from './privacy.ts';

/** A range of the passage text to mark as **…** in the excerpt. */
export interface MarkedRange {
  start: number;
  end: number;
}

const maxExcerptLength = 700;

/*
 * The excerpt shows the cited sentence in its context: the whole passage when it is short, otherwise a
 * window around the first marked sentence, cut at word boundaries.
 */
export function buildExcerpt(text: string, marks: MarkedRange[]): string {
  const sorted = [...marks].sort((a, b) => a.start - b.start).filter((mark, i, all) => i === 0 || mark.start >= all[i - 1]!.end);
  let from = 0;
  let to = text.length;
  if (text.length > maxExcerptLength) {
    const anchor = sorted[0] ?? { start: 0, end: 0 };
    from = Math.max(0, anchor.start - 200);
    to = Math.min(text.length, Math.max(anchor.end + 200, from + maxExcerptLength));
    if (from > 0) from = nextWordStart(text, from);
    if (to < text.length) to = previousWordEnd(text, to);
  }
  let excerpt = '';
  let cursor = from;
  for (const mark of sorted) {
    if (mark.end <= from || mark.start >= to) continue;
    const start = Math.max(mark.start, from);
    const end = Math.min(mark.end, to);
    excerpt += text.slice(cursor, start) + `**${text.slice(start, end)}**`;
    cursor = end;
  }
  excerpt += text.slice(cursor, to);
  excerpt = excerpt.replace(/\n[ \t.…]*\.{3,}[ \t.…]*(?=\n|$)/g, '').replace(/\n{3,}/g, '\n\n').trim();
  return stripEmails(`${from > 0 ? '… ' : ''}${excerpt}${to < text.length ? ' …' : ''}`);
}

function nextWordStart(text: string, at: number): number {
  const space = text.slice(at).search(/\s/);
  return space < 0 ? at : at + space + 1;
}

function previousWordEnd(text: string, at: number): number {
  const space = text.slice(0, at).search(/\s\S*$/);
  return space <= 0 ? at : space;
}
