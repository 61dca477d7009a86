/**
 * The judge's rule for "a passage holds an evidence quote": after lower-casing and turning every run of
 * characters other than letters and digits into one space, the passage holds a run of at least
 * min(all, max(5, 60 %)) of the quote's words, consecutive and in order.
 */
export function matchWords(text: string): string[] {
  return text
    .toLocaleLowerCase('sv-SE')
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

export function requiredRun(quoteWordCount: number): number {
  return Math.min(quoteWordCount, Math.max(5, Math.ceil(quoteWordCount * 0.6)));
}

/** Length of the longest run of consecutive quote words that also stands consecutively in the passage. */
export function longestSharedRun(quote: string[], passage: string[]): number {
  if (quote.length === 0 || passage.length === 0) return 0;
  // Classic longest-common-substring dynamic programme over words, one row at a time.
  let previous = new Uint16Array(passage.length + 1);
  let current = new Uint16Array(passage.length + 1);
  let best = 0;
  for (let i = 1; i <= quote.length; i += 1) {
    for (let j = 1; j <= passage.length; j += 1) {
      if (quote[i - 1] === passage[j - 1]) {
        const length = (previous[j - 1] ?? 0) + 1;
        current[j] = length;
        if (length > best) best = length;
      } else {
        current[j] = 0;
      }
    }
    [previous, current] = [current, previous];
  }
  return best;
}

export function holdsQuote(passageText: string, quote: string): boolean {
  const quoteWords = matchWords(quote);
  if (quoteWords.length === 0) return false;
  return longestSharedRun(quoteWords, matchWords(passageText)) >= requiredRun(quoteWords.length);
}
