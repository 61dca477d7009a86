import { stemSwedish } from './stem.ts';
import { isStopWord } from './stopwords.ts';

/** Splits a (folded, stemmed) term into known parts; [] when it is not a recognisable compound. */
export type CompoundSplitter = (term: string) => string[];

const minimumModifier = 3;
const minimumHead = 4;
// Swedish joins compound parts with -s- ("utskrivningsprocess") or a vowel ("hälsocentral", "barnavård").
const linkingLetters = ['s', 'o', 'a', 'e', 'u'];
// Heads that are really derivational endings of the whole word ("plan|ring", "analy|ser", "erf|aren").
const suffixLikeHeads = new Set(['ring', 'ning', 'aren', 'ande', 'ende', 'else', 'heten', 'ligt', 'skap']);

/**
 * Builds a splitter from the corpus vocabulary (term → how many passages use it on its own).
 * Splitting only into parts that the corpus itself uses keeps false splits rare ("kontinuitet" has
 * no known parts) and needs no external dictionary. Among candidate splits the one with the most
 * frequent parts wins (geometric mean, as in Koehn & Knight 2003); the head is split again once,
 * so three-part words ("hälsocentralsområde") also break up.
 */
export function createCompoundSplitter(vocabulary: ReadonlyMap<string, number>): CompoundSplitter {
  const cache = new Map<string, string[]>();

  // Function words are never parts: "för" in "förbättra" is a prefix, not a word.
  const known = (part: string): string | undefined => {
    if (isStopWord(part)) return undefined;
    if (vocabulary.has(part)) return part;
    const stemmed = stemSwedish(part);
    return vocabulary.has(stemmed) && !isStopWord(stemmed) ? stemmed : undefined;
  };

  const bestSplit = (term: string): [string, string] | undefined => {
    let best: [string, string] | undefined;
    let bestScore = 0;
    for (let cut = minimumModifier; cut <= term.length - minimumHead; cut++) {
      const tail = term.slice(cut);
      if (suffixLikeHeads.has(tail)) continue;
      const head = known(tail);
      if (!head) continue;
      const raw = term.slice(0, cut);
      const candidates = [raw];
      const last = raw[raw.length - 1]!;
      if (linkingLetters.includes(last) && raw.length - 1 >= minimumModifier) candidates.push(raw.slice(0, -1));
      for (const candidate of candidates) {
        const modifier = known(candidate);
        if (!modifier) continue;
        const score = Math.sqrt((vocabulary.get(modifier) ?? 0) * (vocabulary.get(head) ?? 0));
        if (score > bestScore) {
          bestScore = score;
          best = [modifier, head];
        }
      }
    }
    return best;
  };

  return (term: string): string[] => {
    if (term.length < minimumModifier + minimumHead || /\d/.test(term)) return [];
    let parts = cache.get(term);
    if (parts === undefined) {
      const split = bestSplit(term);
      parts = [];
      if (split) {
        const [modifier, head] = split;
        const headSplit = head.length >= minimumModifier + minimumHead ? bestSplit(head) : undefined;
        parts = headSplit ? [modifier, head, ...headSplit] : [modifier, head];
      }
      if (cache.size > 200_000) cache.clear();
      cache.set(term, parts);
    }
    return parts;
  };
}

/** No vocabulary, no splitting: for callers that have no corpus at hand. */
export const noCompoundSplitting: CompoundSplitter = () => [];
