import { analyzeTopic } from '../../text/analyze.ts';
import { bestMatchIn, matchStrengths, termMatchStrength } from '../../text/matching.ts';
import { synonymPhraseIn } from '../../text/synonyms.ts';
import { termWeight, type TermStatistics } from './term-statistics.ts';

/** How much of the query a sentence covers (0..1) and which query terms it matched. */
export interface SentenceScore {
  coverage: number;
  matched: string[];
}

/** The one matching rule (text/matching.ts), kept under its old name for callers that score single words. */
export function termMatch(queryTerm: string, sentenceTerm: string): number {
  return termMatchStrength(queryTerm, sentenceTerm);
}

/** A misspelt term found through its correction, or a synonym, counts a little less, as in search (text/matching.ts). */
const { correction: correctionFactor, synonym: synonymStrength } = matchStrengths;

/**
 * Weighted share of the distinct query terms found in the sentence, by the same rule and idf that search
 * used: a misspelt question word ("kontinutet") is looked for as the corpus word it was corrected to.
 */
/**
 * A term the passage holds only in its heading or form question ("Läkemedelsgenomgångar", "fråga 9c")
 * still frames every sentence under it: partial credit, so that an answer to the form question can be
 * quoted though it never repeats the question's words.
 */
const contextCredit = 0.4;

export function scoreSentence(
  queryTerms: string[],
  sentenceText: string,
  statistics?: TermStatistics,
  /** Terms the whole passage holds (search's Hit.matches), by strength. */
  passageTerms?: ReadonlyMap<string, number>,
  /** Of those, the terms the form question the passage answers names: every answer to it speaks to them. */
  formTerms?: ReadonlySet<string>,
): SentenceScore {
  const distinctQuery = [...new Set(queryTerms)];
  if (distinctQuery.length === 0) return { coverage: 0, matched: [] };
  const sentenceTerms = sentenceTermsOf(sentenceText);
  let total = 0;
  let found = 0;
  let framed = 0;
  const matched: string[] = [];
  for (const queryTerm of distinctQuery) {
    const weight = termWeight(statistics, queryTerm);
    total += weight;
    const forms = statistics ? statistics.resolve(queryTerm).forms : [queryTerm];
    let best = 0;
    for (const form of forms) best = Math.max(best, bestMatchIn(form, sentenceTerms.distinct) * (form === queryTerm ? 1 : correctionFactor));
    if (best < synonymStrength && synonymPhraseIn(queryTerm, sentenceTerms.sequence)) best = synonymStrength;
    if (best > 0) {
      found += weight * best;
      matched.push(queryTerm);
    } else if (formTerms?.has(queryTerm)) {
      found += weight * contextCredit * (passageTerms?.get(queryTerm) ?? 0);
    } else {
      framed += weight * contextCredit * (passageTerms?.get(queryTerm) ?? 0);
    }
  }
  // A heading's frame counts only for a sentence that speaks to the question itself: a slide title alone quotes nothing.
  if (matched.length > 0) found += framed;
  return { coverage: total === 0 ? 0 : found / total, matched };
}

interface SentenceTerms {
  /** In reading order, for phrases ("högt blodtryck"). */
  sequence: readonly string[];
  distinct: ReadonlySet<string>;
}

const termCache = new Map<string, SentenceTerms>();

/** A sentence's topic terms, analysed once: the same passages are scored for every region and every question. */
function sentenceTermsOf(text: string): SentenceTerms {
  let terms = termCache.get(text);
  if (!terms) {
    // Report text: Swedish, never asked whether it is English.
    const sequence = analyzeTopic(text, false);
    terms = { sequence, distinct: new Set(sequence) };
    if (termCache.size >= 100_000) termCache.clear();
    termCache.set(text, terms);
  }
  return terms;
}

/** Scales scores to 0..1 by the largest; all zeros (or an empty list) stay zeros. */
export function scaleByLargest(scores: number[]): number[] {
  const max = Math.max(0, ...scores);
  return scores.map((score) => (max > 0 ? Math.max(0, score) / max : 0));
}
