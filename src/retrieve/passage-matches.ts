import { searchTextOf } from '../store/search-text.ts';
import { analyzeWords } from '../text/analyze.ts';
import { hasDigit, matchStrengths, minimumHeadLength, minimumModifierLength, partialMatchStrength, spelledOutIn } from '../text/matching.ts';
import { synonymPhraseIn } from '../text/synonyms.ts';
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
  /** Distinct words (positions 0 … count − 1, in order of first use). */
  count: number;
  /**
   * One Int32Array per passage (see `layout`): per position its word number, opening and ending (first
   * and last two letters, see `letterPair`, or `noKey` when it cannot match partially) and the next
   * position with the same opening and ending; then three open-addressing tables from word number,
   * opening and ending to the first position having it. A term is then a few probes, not a scan: a
   * partial match shares the term's opening (modifier, derivation) or its ending (head of a compound).
   */
  data: Int32Array;
  /** Size of each table (a power of two, at least twice `count`) and the hash shift that goes with it. */
  slots: number;
  shift: number;
}

function layout(count: number, slots: number) {
  return {
    number: 0,
    opening: count,
    ending: 2 * count,
    nextOpening: 3 * count,
    nextEnding: 4 * count,
    exactTable: 5 * count,
    openingTable: 5 * count + slots,
    endingTable: 5 * count + 2 * slots,
    size: 5 * count + 3 * slots,
  };
}

function slotOf(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

/** The first position whose value at `keys` is `key`, from the table at `tableAt` (positions stored + 1; 0 = empty), or -1. */
function probe(words: PassageWords, tableAt: number, keys: number, key: number): number {
  const data = words.data;
  const slots = words.slots;
  for (let slot = slotOf(key, words.shift); ; slot = (slot + 1) & (slots - 1)) {
    const stored = data[tableAt + slot]!;
    if (stored === 0) return -1;
    if (data[keys + stored - 1] === key) return stored - 1;
  }
}

/** The first position, along a chain of positions sharing a key (linked at `next`), whose word partially matches the form; -1 when none. */
function firstPartial(words: PassageWords, form: string, position: number, next: number): number {
  for (let current = position; current >= 0; current = words.data[next + current]!) {
    if (partialMatchStrength(form, words.table.words[words.data[current]!]!) > 0) return current;
  }
  return -1;
}

/** Puts a position in a table: as the head of its key, or at the end of the chain of positions already holding the key. */
function insert(data: Int32Array, slots: number, shift: number, tableAt: number, keys: number, next: number, position: number): void {
  const key = data[keys + position]!;
  for (let slot = slotOf(key, shift); ; slot = (slot + 1) & (slots - 1)) {
    const stored = data[tableAt + slot]!;
    if (stored === 0) {
      data[tableAt + slot] = position + 1;
      return;
    }
    if (data[keys + stored - 1] === key) {
      let last = stored - 1;
      while (data[next + last]! >= 0) last = data[next + last]!;
      data[next + last] = position;
      return;
    }
  }
}

/*
 * What text/matching.ts's partial rule needs of the lengths: a head is at least 4 letters and the word
 * holding it longer; a modifier and both sides of a derivation at least 5. So no word under 5 letters
 * matches partially, a term under 4 never does, and only terms of 5 or more can open a word. Numbers,
 * codes and years match only exactly.
 */
const shortestHead = minimumHeadLength;
const shortestOpening = minimumModifierLength;
// A word holds a head only when longer than it; a derivation's shorter side is a modifier's length.
const shortestPartialWord = Math.min(minimumHeadLength + 1, minimumModifierLength);
/** A word's key when it cannot match partially; a term's is `noTermKey`, so the two never meet. */
const noKey = -1;
const noTermKey = -2;

/** Two letters (char codes) as one number key. */
function letterPair(word: string, at: number): number {
  return word.charCodeAt(at) * 65_536 + word.charCodeAt(at + 1);
}

const { correction: correctionFactor, spelledOut: spelledOutStrength, synonym: synonymStrength } = matchStrengths;
/** The most a partial match (compound, derivation) is worth. */
const partialStrength = Math.max(matchStrengths.compound, matchStrengths.derivation);

/** Analyses a text's words once: what is indexed for a passage (heading path and form question included). */
export function wordsOf(text: string, table: WordTable = new WordTable()): PassageWords {
  const sequence = analyzeWords(text).map((word) => table.words[table.add(word)]!);
  const distinct = [...new Set(sequence)];
  const count = distinct.length;
  let slots = 16;
  while (slots < 2 * count) slots *= 2;
  const shift = 32 - Math.log2(slots);
  const at = layout(count, slots);
  const data = new Int32Array(at.size);
  distinct.forEach((word, position) => {
    const partial = word.length >= shortestPartialWord && !hasDigit(word);
    data[at.number + position] = table.numberOf(word);
    data[at.opening + position] = partial ? letterPair(word, 0) : noKey;
    data[at.ending + position] = partial ? letterPair(word, word.length - 2) : noKey;
    data[at.nextOpening + position] = -1;
    data[at.nextEnding + position] = -1;
  });
  for (let position = 0; position < count; position++) {
    insert(data, slots, shift, at.exactTable, at.number, -1, position);
    if (data[at.opening + position] === noKey) continue;
    insert(data, slots, shift, at.openingTable, at.opening, at.nextOpening, position);
    insert(data, slots, shift, at.endingTable, at.ending, at.nextEnding, position);
  }
  return { table, sequence, count, data, slots, shift };
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
      // The form question's number too: "fråga 9c" names the passage that answers it.
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
    const { data, table, count, slots } = words;
    // Offsets as in `layout`, worked out here: this runs for every hit of every query.
    const opening = count;
    const ending = 2 * count;
    const nextOpening = 3 * count;
    const nextEnding = 4 * count;
    const exactTable = 5 * count;
    const openingTable = exactTable + slots;
    const endingTable = exactTable + 2 * slots;
    const matches: TermMatch[] = [];
    for (const entry of prepared) {
      let best: TermMatch | undefined;
      for (const form of entry.forms) {
        const exact = matchStrengths.exact * form.factor;
        if (exact <= (best?.strength ?? 0)) continue;
        if (form.number >= 0 && probe(words, exactTable, 0, form.number) >= 0) {
          best = { term: entry.term, strength: exact, word: form.form };
          continue;
        }
        if (partialStrength * form.factor <= (best?.strength ?? 0)) continue;
        // Compound and derivation credit are one value, so the form's best is the first partially
        // matching word (what a scan of every word keeps): the lower of the first in each chain.
        const byOpening = form.opening === noTermKey ? -1 : firstPartial(words, form.form, probe(words, openingTable, opening, form.opening), nextOpening);
        const byEnding = form.ending === noTermKey ? -1 : firstPartial(words, form.form, probe(words, endingTable, ending, form.ending), nextEnding);
        const position = byOpening < 0 ? byEnding : byEnding < 0 ? byOpening : Math.min(byOpening, byEnding);
        if (position < 0) continue;
        const word = table.words[data[position]!]!;
        const strength = partialMatchStrength(form.form, word) * form.factor;
        if (strength > (best?.strength ?? 0)) best = { term: entry.term, strength, word };
      }
      if ((best?.strength ?? 0) < spelledOutStrength && spelledOutIn(entry.term, words.sequence)) {
        best = { term: entry.term, strength: spelledOutStrength, word: entry.term };
      }
      if ((best?.strength ?? 0) < synonymStrength && synonymPhraseIn(entry.term, words.sequence)) {
        best = { term: entry.term, strength: synonymStrength, word: entry.term };
      }
      if (best) matches.push(best);
    }
    return matches;
  };
}
