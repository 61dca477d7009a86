/** Lower-case letters and digits only, so that punctuation and spacing do not make a repeat look new. */
export function comparableText(text: string): string {
  return text.toLocaleLowerCase('sv-SE').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// Slides and reworked reports repeat a line, sometimes with an addition ("SIP" / "SIP (Samordnad …)")
// or a typo fixed: sharing this share of their distinct words makes two lines one.
const sharedWordShare = 0.7;

/** Two comparable texts (see comparableText) say the same: one contains the other, or they share nearly all words. */
export function repeats(a: string, b: string): boolean {
  if (a.includes(b) || b.includes(a)) return true;
  const wordsA = new Set(a.split(' '));
  const wordsB = new Set(b.split(' '));
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared += 1;
  return shared / (wordsA.size + wordsB.size - shared) >= sharedWordShare;
}

/** Whether two lines as written say the same (a repeat, a repeat with an addition, or a near copy). */
export function isNearDuplicate(a: string, b: string): boolean {
  const left = comparableText(a);
  const right = comparableText(b);
  if (left === '' || right === '') return left === right;
  return repeats(left, right);
}

/** The items in order, each kept only when no earlier kept item says the same. */
export function distinctLines<T>(items: T[], textOf: (item: T) => string): T[] {
  const kept: T[] = [];
  const seen: string[] = [];
  for (const item of items) {
    const text = comparableText(textOf(item));
    if (seen.some((known) => (known === '' || text === '' ? known === text : repeats(known, text)))) continue;
    seen.push(text);
    kept.push(item);
  }
  return kept;
}
