import { containsSequence, swedishHealthcareGlossary } from '../text/abbreviations.ts';
import type { WeightedTerm } from '../text/analyze.ts';
import { analyzeWords } from '../text/analyze.ts';
import { boundedEditDistance, typoAllowance } from '../text/edit-distance.ts';
import type { TermEvidence } from './answerability.ts';

/**
 * For each topic term of a question (see analyzeTopic), whether the given passage texts hold it:
 * exactly, as part of a compound, within a typo's distance, or, for an abbreviation, spelled out
 * ("SÄBO" as "särskilt boende"). Question words and untranslated English are not judged at all.
 */
export function termEvidence(
  topic: readonly string[],
  queryTerms: readonly WeightedTerm[],
  passageTexts: readonly string[],
  idfOf: (term: string) => number | undefined,
  /** The idf of a word no passage uses (document frequency 0): rarer than anything the corpus holds. */
  unknownIdf: number,
): TermEvidence[] {
  const judged = [...new Set(topic)];
  const corrections = queryTerms.filter((entry) => entry.weight < 1).map((entry) => entry.term);
  const sequence = passageTexts.flatMap((text) => analyzeWords(text));
  const words = new Set(sequence);
  return judged.map((term) => ({
    term,
    idf: idfOf(term) ?? nearestIdf(term, corrections, idfOf) ?? unknownIdf,
    matched: holds(words, term) || spelledOut(sequence, term),
  }));
}

function holds(words: ReadonlySet<string>, term: string): boolean {
  if (words.has(term)) return true;
  const allowance = typoAllowance(term);
  for (const word of words) {
    if (word.length > term.length) {
      // Swedish compounds: the term as head ("central" in "hälsocentral") or as modifier ("läkemedel" in "läkemedelsgenomgång").
      if (term.length >= 4 && word.endsWith(term)) return true;
      if (term.length >= 5 && word.startsWith(term)) return true;
    }
    if (allowance > 0 && boundedEditDistance(word, term, allowance) <= allowance) return true;
    if (sharesStem(word, term)) return true;
  }
  return false;
}

/**
 * Derivations the stemmer leaves apart ("samordnad" / "samordning", "utvärdera" / "utvärdering")
 * share a long beginning; a concept the reports never name ("hyrpersonal" beside "hygien") does not.
 */
function sharesStem(word: string, term: string): boolean {
  const minimum = Math.max(7, Math.ceil(Math.min(word.length, term.length) * 0.75));
  if (word.length < minimum || term.length < minimum) return false;
  for (let index = 0; index < minimum; index++) if (word[index] !== term[index]) return false;
  return true;
}

function spelledOut(sequence: readonly string[], term: string): boolean {
  const entries = swedishHealthcareGlossary().byTerm.get(term) ?? [];
  return entries.some((entry) => entry.expansions.some((expansion) => containsSequence(sequence, expansion)));
}

/** A misspelt word has no idf of its own; borrow the one of the corpus word it was corrected to. */
function nearestIdf(term: string, corrections: readonly string[], idfOf: (term: string) => number | undefined): number | undefined {
  const allowance = typoAllowance(term);
  if (allowance === 0) return undefined;
  for (const candidate of corrections) {
    if (boundedEditDistance(candidate, term, allowance) <= allowance) return idfOf(candidate);
  }
  return undefined;
}
