import { z } from 'zod';
import { readDataFile } from './data-file.ts';
import { searchTerm } from './stem.ts';
import { normaliseText } from './normalise.ts';

let genericTerms: Set<string> | undefined;

/**
 * Whether a search term is general language that names no topic ("bästa", "står", "Sveriges"):
 * such words weigh little when judging whether a passage speaks to a question (data/generic-words-sv.json).
 */
export function isGenericTerm(term: string): boolean {
  genericTerms ??= new Set(
    readDataFile('generic-words-sv.json', z.object({ words: z.array(z.string().min(1)) })).words.map((word) => searchTerm(normaliseText(word))),
  );
  return genericTerms.has(term);
}
