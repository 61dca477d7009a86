import { z } from 'zod';
import { phraseTerms } from './abbreviations.ts';
import { readDataFile } from './data-file.ts';

/** An English phrase and its Swedish equivalent, both as search terms. */
interface EnglishEntry {
  english: string[];
  swedish: string[];
}

let entriesByFirstTerm: Map<string, EnglishEntry[]> | undefined;

/**
 * data/english-sv.json by the phrase's first English term, longest phrase first so that "home health
 * care" wins over "home": a position of a question is compared with the few phrases that can start
 * there, not with every entry. A single English word is translated only in an English text: in a
 * Swedish question a word of the list is far more likely Swedish (or a loanword the reports use as it is).
 */
function englishEntries(term: string): readonly EnglishEntry[] {
  if (!entriesByFirstTerm) {
    entriesByFirstTerm = new Map();
    const entries = readDataFile('english-sv.json', z.object({ entries: z.array(z.object({ english: z.string(), swedish: z.string() })) }))
      .entries.map((entry) => ({ english: phraseTerms(entry.english), swedish: phraseTerms(entry.swedish) }))
      .filter((entry) => entry.english.length > 0 && entry.swedish.length > 0)
      .sort((a, b) => b.english.length - a.english.length);
    for (const entry of entries) {
      const list = entriesByFirstTerm.get(entry.english[0]!) ?? [];
      list.push(entry);
      entriesByFirstTerm.set(entry.english[0]!, list);
    }
  }
  return entriesByFirstTerm.get(term) ?? [];
}

/**
 * The one phrase walk: at each position the longest English phrase of the lexicon that starts there is
 * replaced by what `translated` makes of it; items without an English phrase are kept as they are.
 */
function translatePhrases<T>(items: readonly T[], termOf: (item: T) => string, english: boolean, translated: (entry: EnglishEntry, covered: readonly T[]) => T[]): T[] {
  const result: T[] = [];
  let position = 0;
  outer: while (position < items.length) {
    for (const entry of englishEntries(termOf(items[position]!))) {
      const length = entry.english.length;
      if ((english || length > 1) && position + length <= items.length && entry.english.every((term, offset) => termOf(items[position + offset]!) === term)) {
        result.push(...translated(entry, items.slice(position, position + length)));
        position += length;
        continue outer;
      }
    }
    result.push(items[position]!);
    position += 1;
  }
  return result;
}

/**
 * Replaces the English phrases of a term sequence by their Swedish search terms, so that a question
 * typed in English ("home visits for elderly") is about what the Swedish reports call it
 * ("hembesök", "äldre"). Terms without an English entry are kept as they are.
 */
export function translateEnglishTerms(terms: readonly string[], english: boolean): string[] {
  return translatePhrases(terms, (term) => term, english, (entry) => entry.swedish);
}

/** A topic word: its search term and the words the asker typed for it, for reasons in the asker's own words. */
export interface TopicWord {
  term: string;
  surface: string;
  /** The Swedish of an English word or phrase of the lexicon. */
  translated?: boolean;
}

/** translateEnglishTerms over words that keep what was typed: a translated phrase keeps its English words as its surface. */
export function translateEnglishWords(words: readonly TopicWord[], english: boolean): TopicWord[] {
  return translatePhrases(words, (word) => word.term, english, (entry, covered) => {
    const surface = covered.map((word) => word.surface).join(' ');
    return entry.swedish.map((term) => ({ term, surface, translated: true }));
  });
}

/**
 * English writes as two words what Swedish writes as one ("patient contacts", "patientkontakter").
 * Two neighbouring words of an English question whose joined form the corpus spells (`corpusForm`
 * returns it, or undefined) become that one word, the surface keeping both English words.
 */
export function joinEnglishCompounds(words: readonly TopicWord[], corpusForm: (joined: string) => string | undefined): TopicWord[] {
  const result: TopicWord[] = [];
  for (let position = 0; position < words.length; position++) {
    const word = words[position]!;
    const next = words[position + 1];
    const joined = next && word.surface !== next.surface ? corpusForm(word.term + next.term) : undefined;
    if (next && joined !== undefined) {
      result.push({ term: joined, surface: `${word.surface} ${next.surface}`, translated: true });
      position += 1;
    } else {
      result.push(word);
    }
  }
  return result;
}
