// JavaScript's \b knows only ASCII letters, so "översikt" would never start a word; these lookarounds do.
const wordStart = '(?<![\\p{L}\\p{N}])';
/** Put after a pattern that must end at a word boundary. */
export const wordEnd = '(?![\\p{L}\\p{N}])';

/** A Unicode-aware regular expression matching `pattern` only at the start of a word. */
export function wordPattern(pattern: string): RegExp {
  return new RegExp(`${wordStart}(?:${pattern})`, 'u');
}
