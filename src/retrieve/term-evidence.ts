import { containsSequence, swedishHealthcareGlossary } from '../text/abbreviations.ts';
import type { WeightedTerm } from '../text/analyze.ts';
import { analyzeWords } from '../text/analyze.ts';
import { boundedEditDistance, typoAllowance } from '../text/edit-distance.ts';
import type { TermEvidence } from './answerability.ts';

/**
 * For each typed query term (weight 1), whether the given passage texts hold it: exactly, as the head of
 * a compound ("central" in "hälsocentral"), within a typo's distance, or, for an abbreviation, spelled
 * out ("SÄBO" as "särskilt boende"). Expansions and corrections are not judged on their own.
 */
export function termEvidence(
  queryTerms: readonly WeightedTerm[],
  passageTexts: readonly string[],
  idfOf: (term: string) => number | undefined,
): TermEvidence[] {
  const typed = queryTerms.filter((entry) => entry.weight >= 1).map((entry) => entry.term);
  const corrections = queryTerms.filter((entry) => entry.weight < 1).map((entry) => entry.term);
  const sequence = passageTexts.flatMap((text) => analyzeWords(text));
  const words = new Set(sequence);
  const known = typed.map(idfOf).filter((value): value is number => value !== undefined);
  const rarest = known.length > 0 ? Math.max(...known) : 1;
  return typed.map((term) => ({
    term,
    idf: idfOf(term) ?? nearestIdf(term, corrections, idfOf) ?? rarest,
    matched: holds(words, term) || spelledOut(sequence, term),
  }));
}

function holds(words: ReadonlySet<string>, term: string): boolean {
  if (words.has(term)) return true;
  const allowance = typoAllowance(term);
  for (const word of words) {
    if (term.length >= 4 && word.length > term.length && word.endsWith(term)) return true;
    if (allowance > 0 && boundedEditDistance(word, term, allowance) <= allowance) return true;
  }
  return false;
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
