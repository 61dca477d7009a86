/** One stretch of model text and the passages it cites (numbers as given to the model). */
export interface CitedSegment {
  text: string;
  cites: number[];
}

export interface CheckedReply {
  /** Lines of kept text, segments already stripped of invalid markers. */
  lines: Array<{ prefix: string; segments: CitedSegment[] } | { heading: string }>;
  /** Segments or markers removed because they cited nothing valid. */
  dropped: number;
}

const markerGroup = /((?:\s*\[\s*\d+(?:\s*,\s*\d+)*\s*\])+)([.!?;:,]*)/g;
const linePrefix = /^(\s*(?:[-*•]|\d+[.)])\s+)/;
// A short lead-in ("I Dalarna:") introduces cited text and carries no claim of its own.
const leadIn = /^[^\n]{1,80}:\s*$/;

/**
 * Keeps only model text that cites a passage it was given: every stretch ending in [n] markers is kept
 * with its valid numbers; stretches with no valid marker are dropped, so an invented [9] never reaches
 * the user.
 */
export function checkCitations(reply: string, passageCount: number): CheckedReply {
  const lines: CheckedReply['lines'] = [];
  let dropped = 0;
  for (const raw of reply.split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') continue;
    if (/^\s*#{1,6}\s/.test(line) || leadIn.test(line.trim())) {
      lines.push({ heading: line.trim() });
      continue;
    }
    const prefix = linePrefix.exec(line)?.[1] ?? '';
    const body = line.slice(prefix.length);
    const segments: CitedSegment[] = [];
    let cursor = 0;
    for (const match of body.matchAll(markerGroup)) {
      const text = body.slice(cursor, match.index).trim();
      cursor = match.index + match[0].length;
      const numbers = [...match[1]!.matchAll(/\d+/g)].map((m) => Number(m[0]));
      const valid = [...new Set(numbers.filter((n) => n >= 1 && n <= passageCount))];
      if (valid.length < numbers.length) dropped += 1;
      if (valid.length === 0 || !/\p{L}/u.test(text)) continue;
      segments.push({ text: `${text}${match[2] ?? ''}`, cites: valid });
    }
    if (/\p{L}/u.test(body.slice(cursor))) dropped += 1;
    if (segments.length > 0) lines.push({ prefix, segments });
  }
  return { lines, dropped };
}
