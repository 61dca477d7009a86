import { searchTextOf } from '../store/search-text.ts';
import { analyzeWords } from '../text/analyze.ts';
import { bestMatchIn, hasDigit, matchStrengths, partialMatchStrength, spelledOutIn } from '../text/matching.ts';
import type { Passage, Report, TermMatch } from '../types.ts';
import type { LexiconTerm } from './lexicon.ts';

/**
 * Words numbered once for all passages of a cache, so that a passage's words are a few integers in one
 * typed array: matching the top hits of a query then reads contiguous memory instead of chasing a hash
 * set and lists of strings per passage (cache misses were most of a query's term matching).
 */
export class WordTable {
  private readonly numbers = new Map<string, number>();
  readonly words: string[] = [];

  /** The word's number, given one when new. */
  add(word: string): number {
    let number = this.numbers.get(word);
    if (number === undefined) {
      number = this.words.push(word) - 1;
      this.numbers.set(word, number);
    }
    return number;
  }

  /** The word's number, or -1 when no passage analysed so far has it. */
  numberOf(word: string): number {
    return this.numbers.get(word) ?? -1;
  }

  get size(): number {
    return this.words.length;
  }
}

/** A passage's analysed words: distinct ones for matching, all in order for written-out abbreviations. */
export interface PassageWords {
  table: WordTable;
  /** The words in reading order (the table's own strings). */
  sequence: readonly string[];
  /**
   * Per distinct word, in order of first use, three integers: its number in `table`, and its opening
   * and ending (first and last two letters, see `letterPair`) when it can match partially at all, else
   * `noKey`. A partial match shares the term's opening (modifier, derivation) or its ending (head of a
   * compound), so only those few words are put to the matching rule.
   */
  entries: Int32Array;
}

/*
 * What text/matching.ts's partial rule needs of the lengths: a head is at least 4 letters and the word
 * holding it longer; a modifier and both sides of a derivation at least 5. So no word under 5 letters
 * matches partially, a term under 4 never does, and only terms of 5 or more can open a word. Numbers,
 * codes and years match only exactly.
 */
const shortestPartialWord = 5;
const shortestHead = 4;
const shortestOpening = 5;
/** A word's key when it cannot match partially; a term's is `noTermKey`, so the two never meet. */
const noKey = -1;
const noTermKey = -2;

/** Two letters (char codes) as one number key. */
function letterPair(word: string, at: number): number {
  return word.charCodeAt(at) * 65_536 + word.charCodeAt(at + 1);
}

/** A misspelt term found through its correction is probably, not certainly, what the asker meant. */
const correctionFactor = 0.8;
/** An abbreviation written out ("SÄBO" as "särskilt boende") is the same thing in other words. */
const spelledOutStrength = 0.9;
/** The most a partial match (compound, derivation) is worth. */
const partialStrength = Math.max(matchStrengths.compound, matchStrengths.derivation);

/** Analyses a text's words once: what is indexed for a passage (heading path and form question included). */
export function wordsOf(text: string, table: WordTable = new WordTable()): PassageWords {
  const sequence = analyzeWords(text).map((word) => table.words[table.add(word)]!);
  const distinct = [...new Set(sequence)];
  const entries = new Int32Array(distinct.length * 3);
  distinct.forEach((word, position) => {
    const partial = word.length >= shortestPartialWord && !hasDigit(word);
    entries[position * 3] = table.numberOf(word);
    entries[position * 3 + 1] = partial ? letterPair(word, 0) : noKey;
    entries[position * 3 + 2] = partial ? letterPair(word, word.length - 2) : noKey;
  });
  return { table, sequence, entries };
}

/**
 * Each passage is analysed the first time search returns it and kept: a passage is analysed once, not
 * per query, and start-up reads nothing (the corpus's statistics come from the BM25 index).
 */
export function createPassageWordCache(limit = 200_000): (passage: Passage, report?: Report) => PassageWords {
  const cache = new Map<string, PassageWords>();
  let table = new WordTable();
  return (passage, report) => {
    let words = cache.get(passage.id);
    if (!words) {
      if (cache.size >= limit || table.size >= 4 * limit) {
        cache.clear();
        table = new WordTable();
      }
      // The form question's number too: "fråga 13a" names the passage that answers it.
      words = wordsOf(`${searchTextOf(passage, report)}${passage.question ? ` ${passage.question.number}` : ''}`, table);
      cache.set(passage.id, words);
    }
    return words;
  };
}

/** The topic terms a text holds, each at its best strength (see text/matching.ts). */
export function matchTopic(topic: readonly LexiconTerm[], words: PassageWords): TermMatch[] {
  return topicMatcher(topic)(words);
}

interface PreparedForm {
  form: string;
  factor: number;
  /** The form's number in the table last matched against (-1: no passage has it). */
  number: number;
  opening: number;
  ending: number;
}

/**
 * matchTopic for one question over many passages: what depends on the topic alone (each form's weight,
 * number, opening and ending) is worked out once, not once per hit.
 */
export function topicMatcher(topic: readonly LexiconTerm[]): (words: PassageWords) => TermMatch[] {
  const prepared = topic.map((entry) => ({
    term: entry.term,
    forms: entry.forms.map((form): PreparedForm => {
      const partial = form.length >= shortestHead && !hasDigit(form);
      return {
        form,
        factor: form === entry.term ? 1 : correctionFactor,
        number: -1,
        opening: partial && form.length >= shortestOpening ? letterPair(form, 0) : noTermKey,
        ending: partial ? letterPair(form, form.length - 2) : noTermKey,
      };
    }),
  }));
  // Numbers are looked up again when the table changed or grew (a hit analysed for the first time may add the form).
  let numberedIn: WordTable | undefined;
  let numberedAtSize = -1;
  return (words) => {
    if (words.table !== numberedIn || words.table.size !== numberedAtSize) {
      numberedIn = words.table;
      numberedAtSize = words.table.size;
      for (const entry of prepared) for (const form of entry.forms) form.number = words.table.numberOf(form.form);
    }
    const { entries, table } = words;
    const matches: TermMatch[] = [];
    for (const entry of prepared) {
      let best: TermMatch | undefined;
      for (const form of entry.forms) {
        const exact = matchStrengths.exact * form.factor;
        const partial = partialStrength * form.factor;
        if (exact <= (best?.strength ?? 0)) continue;
        // One pass over the words: the form itself, else the first word that matches it partially
        // (compound and derivation credit are one value, so the first is what a scan of every word keeps).
        let partialWord: string | undefined;
        let found = false;
        for (let at = 0; at < entries.length; at += 3) {
          if (entries[at] === form.number) {
            found = true;
            break;
          }
          if (partialWord === undefined && (entries[at + 1] === form.opening || entries[at + 2] === form.ending)) {
            const word = table.words[entries[at]!]!;
            if (partialMatchStrength(form.form, word) > 0) partialWord = word;
          }
        }
        if (found) {
          best = { term: entry.term, strength: exact, word: form.form };
        } else if (partialWord !== undefined && partial > (best?.strength ?? 0)) {
          const strength = partialMatchStrength(form.form, partialWord) * form.factor;
          if (strength > (best?.strength ?? 0)) best = { term: entry.term, strength, word: partialWord };
        }
      }
      if ((best?.strength ?? 0) < spelledOutStrength && spelledOutIn(entry.term, words.sequence)) {
        best = { term: entry.term, strength: spelledOutStrength, word: entry.term };
      }
      if (best) matches.push(best);
    }
    return matches;
  };
}

/** The strength with which a text's words hold one topic term (0 when not at all). */
export function holdsTerm(entry: LexiconTerm, words: Iterable<string>): number {
  let best = 0;
  for (const form of entry.forms) best = Math.max(best, bestMatchIn(form, words) * (form === entry.term ? 1 : correctionFactor));
  return best;
}
