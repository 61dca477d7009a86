/**
 * Regions are written many ways ("Region Dalarna", "Dalarnas län", "Dalarna", "region dalarna").
 * The distinctive word, lower-cased and without the genitive -s, identifies the region.
 */
const genericWords = new Set(['region', 'regionen', 'landsting', 'landstinget', 'län', 'läns', 'lan', 'kommunerna', 'kommuner', 'i', 'och', 'rss']);

export function regionKey(name: string): string {
  const words = name
    .toLocaleLowerCase('sv-SE')
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !genericWords.has(word));
  const distinctive = words[0] ?? '';
  // "Dalarnas", "Hallands", "Västerbottens" → stem; but keep names that really end in s ("Kalmar" has none, "Västmanlands" → "västmanland").
  return distinctive.length > 4 && distinctive.endsWith('s') ? distinctive.slice(0, -1) : distinctive;
}

export function sameRegion(a: string, b: string): boolean {
  const keyA = regionKey(a);
  return keyA !== '' && keyA === regionKey(b);
}
