import { normaliseText } from './normalise.ts';

// JavaScript's \b knows only ASCII letters, so "översikt" would never start a word; these lookarounds do.
const wordStart = '(?<![\\p{L}\\p{N}])';
/** Put after a pattern that must end at a word boundary. */
export const wordEnd = '(?![\\p{L}\\p{N}])';

/** A Unicode-aware regular expression matching `pattern` only at the start of a word. */
export function wordPattern(pattern: string): RegExp {
  return new RegExp(`${wordStart}(?:${pattern})`, 'u');
}

/** Text as a regular-expression source that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A written phrase ("Sveriges Kommuner och Regioner") as a regular-expression source for normalised
 * text (normalise.ts): lower-case, literal, any run of white space between its words.
 */
export function phrasePattern(phrase: string): string {
  return escapeRegExp(normaliseText(phrase)).replace(/\s+/g, '\\s+');
}
