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
 * Replaces the English phrases of a term sequence by their Swedish search terms, so that a question
 * typed in English ("home visits for elderly") is about what the Swedish reports call it
 * ("hembesök", "äldre"). Terms without an English entry are kept as they are.
 */
export function translateEnglishTerms(terms: readonly string[], english: boolean): string[] {
  const result: string[] = [];
  let position = 0;
  outer: while (position < terms.length) {
    for (const entry of englishEntries(terms[position]!)) {
      if ((english || entry.english.length > 1) && entry.english.every((term, offset) => terms[position + offset] === term)) {
        result.push(...entry.swedish);
        position += entry.english.length;
        continue outer;
      }
    }
    result.push(terms[position]!);
    position += 1;
  }
  return result;
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
  const terms = words.map((word) => word.term);
  const result: TopicWord[] = [];
  let position = 0;
  outer: while (position < words.length) {
    for (const entry of englishEntries(terms[position]!)) {
      if ((english || entry.english.length > 1) && entry.english.every((term, offset) => terms[position + offset] === term)) {
        const surface = words.slice(position, position + entry.english.length).map((word) => word.surface).join(' ');
        for (const term of entry.swedish) result.push({ term, surface, translated: true });
        position += entry.english.length;
        continue outer;
      }
    }
    result.push(words[position]!);
    position += 1;
  }
  return result;
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
