import { containsSequence } from '../text/abbreviations.ts';
import { analyzeWithExpansions, noCompoundSplitting, swedishHealthcareGlossary, type CompoundSplitter } from '../text/index.ts';
import type { ThemeProfile } from './theme-profile.ts';

export interface ContentScore {
  themeId: string;
  score: number;
}

/** How much a word found only as part of a longer word counts ("team" in "närvårdsteam", "egenmonitorering" in "egenmonitoreringsappen"). */
const partWeight = 0.6;
/**
 * A text word at most this many letters longer than a description term it starts with is that same
 * word, not a compound: the stemmer cuts the bare keyword "ambulans" to "ambulan" but leaves
 * "ambulansen" as "ambulans", and an inflection must not count as only part of the word.
 */
const inflectionSlack = 2;

interface PrefixMatch {
  term: string;
  weight: number;
}

/**
 * The description term a longer text word starts with, and how much it counts. Of several (the
 * stems "rehabilit" and "rehabiliter" both start "rehabilitering") the one that says most wins, not
 * merely the longest.
 */
function prefixMatch(profile: ThemeProfile, term: string, cache: Map<string, PrefixMatch | null>): PrefixMatch | null {
  let found = cache.get(term);
  if (found === undefined) {
    found = null;
    if (term.length > 6) {
      let strongest = 0;
      for (const prefix of profile.prefixTerms) {
        if (prefix.length >= term.length || !term.startsWith(prefix)) continue;
        const weight = term.length - prefix.length <= inflectionSlack ? 1 : partWeight;
        const strength = weight * Math.max(...profile.termWeights.get(prefix)!);
        if (strength > strongest) {
          strongest = strength;
          found = { term: prefix, weight };
        }
      }
    }
    cache.set(term, found);
  }
  return found;
}

const prefixCaches = new WeakMap<ThemeProfile, Map<string, PrefixMatch | null>>();
const phraseIndexes = new WeakMap<ThemeProfile, Map<string, ThemeProfile['phrases']>>();

/** Phrases by their first term, so a text is only checked for phrases that can start in it. */
function phrasesByFirstTerm(profile: ThemeProfile): Map<string, ThemeProfile['phrases']> {
  let index = phraseIndexes.get(profile);
  if (!index) {
    index = new Map();
    for (const phrase of profile.phrases) index.set(phrase.terms[0]!, [...(index.get(phrase.terms[0]!) ?? []), phrase]);
    phraseIndexes.set(profile, index);
  }
  return index;
}

/**
 * How strongly a text speaks to each theme, best first (themes it does not touch are left out). The
 * text is analysed as search analyses it: stems, compounds split into known parts, abbreviations
 * expanded (data/abbreviations.json); each term adds its theme weights, repeats with diminishing
 * returns, and a keyword phrase in a row adds its phrase weight once.
 */
export function scoreContent(profile: ThemeProfile, text: string, compounds: CompoundSplitter = noCompoundSplitting): ContentScore[] {
  let prefixCache = prefixCaches.get(profile);
  if (!prefixCache) {
    prefixCache = new Map();
    prefixCaches.set(profile, prefixCache);
  }
  const { terms, additions } = analyzeWithExpansions(text, { compounds, glossary: swedishHealthcareGlossary(), translateEnglish: false });
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  const matched = new Map<string, number>();
  const add = (term: string, weight: number) => matched.set(term, Math.max(matched.get(term) ?? 0, weight));
  for (const [term, count] of counts) {
    const repeat = 1 + Math.log(count);
    if (profile.termWeights.has(term)) add(term, repeat);
    else {
      const prefix = prefixMatch(profile, term, prefixCache);
      if (prefix) add(prefix.term, prefix.weight * repeat);
    }
  }
  for (const [term, weight] of additions) {
    if (profile.termWeights.has(term)) add(term, Math.max(weight, partWeight));
  }
  const scores = new Float64Array(profile.themeIds.length);
  for (const [term, factor] of matched) {
    const weights = profile.termWeights.get(term)!;
    for (let theme = 0; theme < weights.length; theme++) scores[theme]! += factor * weights[theme]!;
  }
  for (const first of counts.keys()) {
    for (const phrase of phrasesByFirstTerm(profile).get(first) ?? []) {
      if (containsSequence(terms, phrase.terms)) scores[phrase.theme]! += phrase.weight;
    }
  }
  const result: ContentScore[] = [];
  scores.forEach((score, theme) => {
    if (score > 0) result.push({ themeId: profile.themeIds[theme]!, score });
  });
  return result.sort((a, b) => b.score - a.score);
}
