import { z } from 'zod';
import { readDataFile } from '../../text/data-file.ts';
import { normaliseText } from '../../text/normalise.ts';

let finiteVerbs: Set<string> | undefined;

// Regular verbs show their tense by their ending ("startade", "genomfördes", "implementerar", "utvecklas"
// is left out: too many nouns end alike).
const finiteEnding = /(?:ade|ades|erar|eras|erade)$/u;

/**
 * Whether a text has a finite verb: a listed form (data/sentence-roles-sv.json) or a regular past or
 * -era verb. What tells a sentence from a title, and a counted thing from an action ("hur många sökte").
 */
export function hasFiniteVerb(text: string): boolean {
  finiteVerbs ??= new Set(readDataFile('sentence-roles-sv.json', z.object({ finiteVerbs: z.array(z.string()) })).finiteVerbs.map(normaliseText));
  for (const match of normaliseText(text).matchAll(/\p{L}+/gu)) {
    const word = match[0];
    if (finiteVerbs.has(word) || (word.length > 5 && finiteEnding.test(word))) return true;
  }
  return false;
}
