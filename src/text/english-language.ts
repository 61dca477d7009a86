import { createRequire } from 'node:module';
import { z } from 'zod';
import { readDataFile } from './data-file.ts';
import { tokenize } from './tokenize.ts';

/*
 * Questions come in English too ("Which regions use mobile teams?"). English function words must then
 * not be taken for content the reports lack ("as", "much"), nor for Swedish words that happen to share
 * the spelling ("it" is IT in a Swedish report). natural's English stop-word list (the classic 170
 * words) decides what a function word is; the question is English when it uses more of those that
 * are not also Swedish words than Swedish function words, and either two of them or no Swedish one.
 */
const require = createRequire(import.meta.url);
// natural's main entry loads storage adapters that print dotenv notices; load the list alone.
// The list also holds every single letter and digit ("c", "4"): as words only "a" and "i" are English,
// and a form number ("fråga 9 c") must not make a Swedish question read as English.
const englishList = (require('natural/lib/natural/util/stopwords.js') as { words: string[] }).words.filter((word) => word.length > 1 || word === 'a' || word === 'i');

const englishWords = new Set(englishList);
let englishOnly: Set<string> | undefined;
let swedish: Set<string> | undefined;

function load(): void {
  // The Swedish list as written (with å, ä, ö): "for" is English here, not a folded "för".
  swedish = new Set(readDataFile('stopwords-sv.json', z.object({ words: z.array(z.string()) })).words.map((word) => word.normalize('NFC').toLowerCase()));
  // Spellings both lists hold count for neither language ("the", "of" are on the Swedish list because reports quote English titles).
  englishOnly = new Set(englishList.filter((word) => !sharedSpellings.has(word)));
  for (const word of englishList) swedish.delete(word);
}

/** English function words that are also everyday Swedish words ("under", "still", "get"): no evidence of English. */
const sharedSpellings = new Set(['i', 'a', 'in', 'it', 'under', 'still', 'get', 'far', 'hem', 'men', 'by', 'sin', 'dig', 'vad']);

/** Whether a normalised token is an English function word; ask only of a text that reads as English. */
export function isEnglishStopWord(token: string): boolean {
  return englishWords.has(token);
}

/** Whether a text reads as English: more English-only function words than Swedish ones, and two of them or no Swedish one. */
export function isEnglishText(text: string): boolean {
  return isEnglishTokens(tokenize(text));
}

/** isEnglishText over tokens the caller already has (normalised, as tokenize gives them): a text is tokenised once. */
export function isEnglishTokens(tokens: Iterable<string>): boolean {
  if (!englishOnly || !swedish) load();
  let english = 0;
  let swedishCount = 0;
  for (const token of tokens) {
    if (englishOnly!.has(token)) english += 1;
    else if (swedish!.has(token)) swedishCount += 1;
  }
  return english > swedishCount && (english >= 2 || swedishCount === 0);
}
