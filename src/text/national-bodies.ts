import { z } from 'zod';
import { readDataFile } from './data-file.ts';
import { normaliseText } from './normalise.ts';
import { phrasePattern, wordEnd } from './word-pattern.ts';

let names: string[] | undefined;

/** National bodies (data/sentence-roles-sv.json): SKR, Socialstyrelsen, Vårdanalys, regeringen … as written, lower-case. */
export function nationalBodyNames(): string[] {
  names ??= readDataFile('sentence-roles-sv.json', z.object({ nationalBodies: z.array(z.string().min(2)) })).nationalBodies;
  return names;
}

let pattern: RegExp | undefined;

/** How many times a text names a national body: what a national overview does where a region's report names its region. */
export function nationalBodyMentions(text: string): number {
  pattern ??= new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${nationalBodyNames().map(phrasePattern).join('|')})${wordEnd}`,
    'gu',
  );
  return [...normaliseText(text).matchAll(pattern)].length;
}
