import { z } from 'zod';
import { readDataFile } from './data-file.ts';
import { foldDiacritics } from './normalise.ts';

let stopWords: Set<string> | undefined;
let foldedStopWords: Set<string> | undefined;

function load(): void {
  const data = readDataFile('stopwords-sv.json', z.object({ words: z.array(z.string()) }));
  stopWords = new Set(data.words.map((word) => word.normalize('NFC').toLowerCase()));
  foldedStopWords = new Set([...stopWords].map(foldDiacritics));
}

/**
 * Whether a normalised token is a Swedish function word. An ASCII token is also checked against the
 * folded list ("pa", "nar" typed without å/ä), but a token with diacritics only against the real list,
 * so that "år" (year) is not mistaken for a folded "är".
 */
export function isStopWord(token: string): boolean {
  if (!stopWords || !foldedStopWords) load();
  if (stopWords!.has(token)) return true;
  return /^[\x00-\x7f]*$/.test(token) && foldedStopWords!.has(token);
}
