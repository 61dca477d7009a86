import { normaliseText } from './normalise.ts';

/** A word of the original text, with its position so that callers can highlight it in place. */
export interface TokenSpan {
  /** Normalised (NFC, lower-case) form; diacritics kept. */
  token: string;
  start: number;
  end: number;
}

// Letters and digits of any script (å, ä, ö, é, ü included); everything else separates words.
const wordPattern = /[\p{L}\p{N}]+/gu;

/** Single letters are noise ("e" of "e-hälsa", list markers) but single digits can be form numbers. */
function keep(token: string): boolean {
  return token.length > 1 || /\p{N}/u.test(token);
}

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of normaliseText(text).matchAll(wordPattern)) {
    if (keep(match[0])) tokens.push(match[0]);
  }
  return tokens;
}

/**
 * Tokens with offsets into the ORIGINAL text (not the normalised copy, whose length may differ),
 * for highlighting matched words without touching the displayed spelling.
 */
export function tokenizeWithOffsets(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const token = normaliseText(match[0]);
    if (keep(token)) spans.push({ token, start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
