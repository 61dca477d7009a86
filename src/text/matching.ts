import { containsSequence, swedishHealthcareGlossary } from './abbreviations.ts';

/*
 * The one rule for "does this word of a text stand for this term of a question". Search evidence,
 * sentence choice and the evidence judge all call it, so a word counts the same everywhere.
 *
 * Both sides are search terms (stemmed, folded; see analyze.ts). Swedish compounds hide a question's
 * word inside a longer one ("hemsjukvård" holds "sjukvård", "läkemedelsgenomgång" opens with
 * "läkemedel"), and the light stemmer leaves derivations apart ("samordnad" / "samordning",
 * "digital" / "digitalisering"): partial credit catches both. Credit for a shorter text word goes only
 * as far as a shared stem: a sentence about "patient" is not about "patientkontrakt".
 * A typo is matched only against what the corpus spells (see the lexicon in retrieve/), so a misspelt
 * question word is corrected first and then matched like any other.
 */
export const matchStrengths = {
  exact: 1,
  compound: 0.8,
  derivation: 0.8,
  /** A word found through its typo correction: probably, not certainly, what the asker meant. */
  correction: 0.8,
  /** An abbreviation written out ("SÄBO" as "särskilt boende"): the same thing in other words. */
  spelledOut: 0.9,
  /** A synonym (another region's word, the clinical one for a lay one), counted as a correction is: probably the same thing. */
  synonym: 0.8,
} as const;

export const minimumHeadLength = 4;
export const minimumModifierLength = 5;

/** How strongly a text word stands for a question term: 1 the same term, less for compounds, derivations and typos, 0 not at all. */
export function termMatchStrength(term: string, word: string): number {
  if (term === word) return matchStrengths.exact;
  if (hasDigit(term) || hasDigit(word)) return 0;
  return partialMatchStrength(term, word);
}

/** Numbers, codes and years match only exactly. */
export function hasDigit(word: string): boolean {
  return /\p{N}/u.test(word);
}

/**
 * termMatchStrength for two different words without digits: the compound and derivation credit alone.
 * For callers that match many words and have set exact matches and digits aside once (search's hits).
 */
export function partialMatchStrength(term: string, word: string): number {
  if (word.length > term.length) {
    // The term as the head ("central" in "hälsocentral") or as the modifier ("läkemedel" in "läkemedelsgenomgång").
    if (term.length >= minimumHeadLength && word.endsWith(term)) return matchStrengths.compound;
    if (term.length >= minimumModifierLength && word.startsWith(term)) return matchStrengths.compound;
  }
  if (derivation(word, term)) return matchStrengths.derivation;
  return 0;
}

/**
 * A derivation the stemmer left apart: the shorter word opens the longer and is most of it
 * ("samordn" / "samordning", "utvärder" / "utvärdering"). Words that only share a beginning
 * ("kontinuerlig" / "kontinuitet") are different words, and a short part of a long compound
 * ("patient" of "patientkontrakt") is not what the compound means.
 */
function derivation(word: string, term: string): boolean {
  const [shorter, longer] = word.length <= term.length ? [word, term] : [term, word];
  return shorter.length >= minimumModifierLength && shorter.length >= longer.length * 0.6 && longer.startsWith(shorter);
}

/** The best strength of a term over a text's words. */
export function bestMatchIn(term: string, words: Iterable<string>): number {
  let best = 0;
  for (const word of words) {
    const strength = termMatchStrength(term, word);
    if (strength > best) best = strength;
    if (best === 1) break;
  }
  return best;
}

/** An abbreviation of the glossary written out in the text ("SÄBO" as "särskilt boende"), or the reverse. */
export function spelledOutIn(term: string, sequence: readonly string[]): boolean {
  const glossary = swedishHealthcareGlossary();
  const entries = glossary.byTerm.get(term) ?? [];
  return entries.some((entry) => entry.expansions.some((expansion) => containsSequence(sequence, expansion)));
}
