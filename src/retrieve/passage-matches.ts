import { searchTextOf } from '../store/search-text.ts';
import { analyzeWords } from '../text/analyze.ts';
import { bestMatchIn, hasDigit, matchStrengths, partialMatchStrength, spelledOutIn } from '../text/matching.ts';
import type { Passage, Report, TermMatch } from '../types.ts';
import type { LexiconTerm } from './lexicon.ts';

/** A passage's analysed words: as a set for matching, in order for written-out abbreviations. */
export interface PassageWords {
  set: ReadonlySet<string>;
  sequence: readonly string[];
  /** The distinct words without digits: the only ones a term can match other than exactly. */
  plain: readonly string[];
}

/** A misspelt term found through its correction is probably, not certainly, what the asker meant. */
const correctionFactor = 0.8;
/** An abbreviation written out ("SÄBO" as "särskilt boende") is the same thing in other words. */
const spelledOutStrength = 0.9;

/** Analyses a text's words once: what is indexed for a passage (heading path and form question included). */
export function wordsOf(text: string): PassageWords {
  const sequence = analyzeWords(text);
  const set = new Set(sequence);
  return { set, sequence, plain: [...set].filter((word) => !hasDigit(word)) };
}

/**
 * Each passage is analysed the first time search returns it and kept: a passage is analysed once, not
 * per query, and start-up reads nothing (the corpus's statistics come from the BM25 index).
 */
export function createPassageWordCache(limit = 200_000): (passage: Passage, report?: Report) => PassageWords {
  const cache = new Map<string, PassageWords>();
  return (passage, report) => {
    let words = cache.get(passage.id);
    if (!words) {
      // The form question's number too: "fråga 9c" names the passage that answers it.
      words = wordsOf(`${searchTextOf(passage, report)}${passage.question ? ` ${passage.question.number}` : ''}`);
      if (cache.size >= limit) cache.clear();
      cache.set(passage.id, words);
    }
    return words;
  };
}

/** The topic terms a text holds, each at its best strength (see text/matching.ts). */
export function matchTopic(topic: readonly LexiconTerm[], words: PassageWords): TermMatch[] {
  const matches: TermMatch[] = [];
  for (const entry of topic) {
    let best: TermMatch | undefined;
    for (const form of entry.forms) {
      const factor = form === entry.term ? 1 : correctionFactor;
      // termMatchStrength over every word, without asking each word what the set and `plain` already know.
      if (words.set.has(form)) {
        const strength = matchStrengths.exact * factor;
        if (strength > (best?.strength ?? 0)) best = { term: entry.term, strength, word: form };
        continue;
      }
      if (hasDigit(form)) continue;
      for (const word of words.plain) {
        const strength = partialMatchStrength(form, word) * factor;
        if (strength > (best?.strength ?? 0)) best = { term: entry.term, strength, word };
      }
    }
    if ((best?.strength ?? 0) < spelledOutStrength && spelledOutIn(entry.term, words.sequence)) {
      best = { term: entry.term, strength: spelledOutStrength, word: entry.term };
    }
    if (best) matches.push(best);
  }
  return matches;
}

/** The strength with which a text's words hold one topic term (0 when not at all). */
export function holdsTerm(entry: LexiconTerm, words: Iterable<string>): number {
  let best = 0;
  for (const form of entry.forms) best = Math.max(best, bestMatchIn(form, words) * (form === entry.term ? 1 : correctionFactor));
  return best;
}
