import { splitUnits } from '../evidence/sentences.ts';

/** One sentence of model text and the passages it cites (numbers as given to the model). */
export interface CitedSegment {
  /** The sentence without its markers, ending in its own punctuation. */
  text: string;
  cites: number[];
}

/** The sentences of one line of the reply; `prefix` is its list marker ("- ", "2. ") or empty. */
export interface CheckedLine {
  prefix: string;
  segments: CitedSegment[];
}

export interface CheckedReply {
  lines: CheckedLine[];
  /** Sentences removed because they cited nothing, or only passages the model was not given. */
  dropped: number;
}

const marker = /\[\s*\d+(?:\s*,\s*\d+)*\s*\]/g;
const linePrefix = /^(\s*(?:[-*•]|\d+[.)])\s+)/;
// "Text. [1] Nästa" → "Text [1]. Nästa": the marker belongs to the sentence before it.
const markerAfterStop = /([.!?])((?:\s*\[\s*\d+(?:\s*,\s*\d+)*\s*\])+)/g;

/**
 * Splits one line into its list prefix and its sentences, markers kept in place; `start` is an offset
 * after the prefix. `continued` is for the rest of a line whose start was already judged (no prefix).
 */
export function lineSentences(line: string, continued = false): { prefix: string; sentences: Array<{ text: string; start: number }> } {
  const prefix = continued ? '' : (linePrefix.exec(line)?.[1] ?? '');
  const body = line.slice(prefix.length).replace(markerAfterStop, '$2$1');
    // Every unit, headings and lead-ins included: the model's uncited headings must be seen to be dropped.
  return { prefix, sentences: splitUnits(body).map((span) => ({ text: span.text, start: span.start })) };
}

/**
 * Keeps only sentences that cite a passage the model was given: each sentence must carry its own
 * [n]; an uncited sentence, heading or lead-in is dropped, and so is a sentence whose every marker
 * is invented ([9] of 5). Whether the cited passages support what the sentence says is judged
 * separately (claim-support.ts).
 */
export function checkSentence(sentence: string, passageCount: number): CitedSegment | null {
  const numbers = [...sentence.matchAll(marker)].flatMap((match) => [...match[0].matchAll(/\d+/g)].map((m) => Number(m[0])));
  const cites = [...new Set(numbers.filter((n) => n >= 1 && n <= passageCount))];
  const text = sentence.replace(marker, ' ').replace(/\s+([.!?;:,])/g, '$1').replace(/\s{2,}/g, ' ').trim();
  if (cites.length === 0 || !/\p{L}/u.test(text)) return null;
  return { text, cites };
}

export function checkCitations(reply: string, passageCount: number): CheckedReply {
  const lines: CheckedLine[] = [];
  let dropped = 0;
  for (const raw of reply.split('\n')) {
    if (raw.trim() === '') continue;
    const { prefix, sentences } = lineSentences(raw.trimEnd());
    const segments: CitedSegment[] = [];
    for (const sentence of sentences) {
      const checked = checkSentence(sentence.text, passageCount);
      if (checked) segments.push(checked);
      else dropped += 1;
    }
    if (segments.length > 0) lines.push({ prefix, segments });
  }
  return { lines, dropped };
}
