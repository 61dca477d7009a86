import { createRequire } from 'node:module';
import { foldDiacritics } from './normalise.ts';

// natural's main entry loads storage adapters that print dotenv notices; load the Swedish stemmer alone.
const require = createRequire(import.meta.url);
const swedishStemmer = require('natural/lib/natural/stemmers/porter_stemmer_sv.js') as { stem(word: string): string };

const stemCache = new Map<string, string>();
const cacheLimit = 500_000;

/** Swedish Porter stem of a lower-case token; numbers and very short words are left alone. */
export function stemSwedish(token: string): string {
  if (token.length < 4 || /\p{N}/u.test(token)) return token;
  let stem = stemCache.get(token);
  if (stem === undefined) {
    stem = swedishStemmer.stem(token);
    if (stem.length < 2) stem = token;
    if (stemCache.size > cacheLimit) stemCache.clear();
    stemCache.set(token, stem);
  }
  return stem;
}

/** The form every search term takes: stemmed with the real letters, then folded ("hälsocentralen" → "halsocentral"). */
export function searchTerm(token: string): string {
  return foldDiacritics(stemSwedish(token));
}
