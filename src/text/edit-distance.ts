/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent swaps), giving up once it exceeds
 * `limit`: typo matching only ever asks "within 1 or 2?", so the early exit keeps it cheap.
 * Returns limit + 1 for anything farther.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  // Three rows of one reused buffer (typo search compares a word with thousands of terms per query).
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  let previousPrevious = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    const letter = a.charCodeAt(i - 1);
    const letterBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    rows[current] = i;
    let rowMinimum = i;
    for (let j = 1; j < width; j++) {
      const other = b.charCodeAt(j - 1);
      const cost = letter === other ? 0 : 1;
      let value = Math.min(rows[previous + j]! + 1, rows[current + j - 1]! + 1, rows[previous + j - 1]! + cost);
      if (j > 1 && letterBefore === other && letter === b.charCodeAt(j - 2)) value = Math.min(value, rows[previousPrevious + j - 2]! + 1);
      rows[current + j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    [previousPrevious, previous, current] = [previous, current, previousPrevious];
  }
  return Math.min(rows[previous + b.length]!, limit + 1);
}

let rows = new Int32Array(96);

/** How many edits a typo in a term of this length may have: none for short words, where one edit changes the word. */
export function typoAllowance(term: string): number {
  if (term.length < 5) return 0;
  return term.length < 9 ? 1 : 2;
}
