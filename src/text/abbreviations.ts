import { z } from 'zod';
import { readDataFile } from './data-file.ts';
import { isStopWord } from './stopwords.ts';
import { searchTerm } from './stem.ts';
import { tokenize } from './tokenize.ts';

const glossarySchema = z.object({
  entries: z.array(
    z.object({ abbreviation: z.string().min(1), expansions: z.array(z.string().min(1)).min(1), caseSensitive: z.boolean() }),
  ),
});

/** An abbreviation and its spelled-out forms, both as search terms. */
export interface GlossaryEntry {
  abbreviation: string;
  /** The abbreviation's search term ("säbo" → "sabo"). */
  term: string;
  /** Each spelled-out form as its sequence of search terms ("särskilt boende" → ["sarskil", "boend"]). */
  expansions: string[][];
  /** Only expand when written in capitals ("LOV", not the word "lov"). */
  caseSensitive: boolean;
}

export interface Glossary {
  /** By the abbreviation's search term. */
  byTerm: Map<string, GlossaryEntry[]>;
  entries: GlossaryEntry[];
  /** Positions in `entries` by the first term of each spelled-out form: a text's words find the entries it may spell out. */
  bySpelledOutStart: Map<string, number[]>;
}

/** Search terms of a phrase; the same pipeline as analysis, without expansions. */
export function phraseTerms(phrase: string): string[] {
  return tokenize(phrase)
    .filter((token) => !isStopWord(token))
    .map(searchTerm);
}

export function buildGlossary(entries: z.infer<typeof glossarySchema>['entries']): Glossary {
  const byTerm = new Map<string, GlossaryEntry[]>();
  const built: GlossaryEntry[] = [];
  for (const entry of entries) {
    const term = searchTerm(entry.abbreviation.normalize('NFC').toLowerCase());
    const glossaryEntry: GlossaryEntry = {
      abbreviation: entry.abbreviation,
      term,
      expansions: entry.expansions.map(phraseTerms).filter((terms) => terms.length > 0),
      caseSensitive: entry.caseSensitive,
    };
    built.push(glossaryEntry);
    byTerm.set(term, [...(byTerm.get(term) ?? []), glossaryEntry]);
  }
  const bySpelledOutStart = new Map<string, number[]>();
  built.forEach((entry, position) => {
    for (const expansion of entry.expansions) {
      const list = bySpelledOutStart.get(expansion[0]!) ?? [];
      if (list.at(-1) !== position) list.push(position);
      bySpelledOutStart.set(expansion[0]!, list);
    }
  });
  return { byTerm, entries: built, bySpelledOutStart };
}

let defaultGlossary: Glossary | undefined;

/** The glossary of data/abbreviations.json, loaded once. */
export function swedishHealthcareGlossary(): Glossary {
  defaultGlossary ??= buildGlossary(readDataFile('abbreviations.json', glossarySchema).entries);
  return defaultGlossary;
}

/** Where the phrase's terms occur consecutively in `terms`. */
export function containsSequence(terms: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0 || phrase.length > terms.length) return false;
  outer: for (let start = 0; start + phrase.length <= terms.length; start++) {
    for (let offset = 0; offset < phrase.length; offset++) {
      if (terms[start + offset] !== phrase[offset]) continue outer;
    }
    return true;
  }
  return false;
}
