/**
 * Normalisation shared by indexing and querying. Display text is never passed through these:
 * the service shows the report's own spelling (å, ä, ö intact); only search terms are folded.
 */

/** NFC first so that "å" typed as "a" + combining ring compares equal to the precomposed letter. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

const foldCache = new Map<string, string>();

/**
 * Strips diacritics so that "halsocentral" (typed on a keyboard without å/ä/ö) meets "hälsocentral".
 * Folding happens after stemming, because the Swedish stemmer's vowel rules need the real letters.
 */
export function foldDiacritics(term: string): string {
  // Most terms are plain ASCII; skip the Unicode round-trip for them.
  if (/^[\x00-\x7f]*$/.test(term)) return term;
  let folded = foldCache.get(term);
  if (folded === undefined) {
    folded = term
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/ß/g, 'ss')
      .normalize('NFC');
    if (foldCache.size > 200_000) foldCache.clear();
    foldCache.set(term, folded);
  }
  return folded;
}
