import { analyzeTopic } from '../text/analyze.ts';
import { termWeight, type TermStatistics } from './term-statistics.ts';

/** How much of the query a sentence covers (0..1) and which query terms it matched. */
export interface SentenceScore {
  coverage: number;
  matched: string[];
}

/*
 * Swedish compounds hide query words inside longer ones ("hemsjukvård" holds "sjukvård"), and the light
 * stemmer leaves derivations apart ("digitalisering" / "digital"); partial credit catches both. Credit
 * goes one way only: a sentence about "hemsjukvård" is about "sjukvård", but a sentence about "patient"
 * is not about "patientkontrakt" — a shorter sentence word counts only when it is most of the query word.
 */
const minPartialLength = 5;
const minShorterShare = 0.6;

export function termMatch(queryTerm: string, sentenceTerm: string): number {
  if (queryTerm === sentenceTerm) return 1;
  if (Math.min(queryTerm.length, sentenceTerm.length) < minPartialLength) return 0;
  if (/^\p{N}+$/u.test(queryTerm) || /^\p{N}+$/u.test(sentenceTerm)) return 0;
  if (sentenceTerm.startsWith(queryTerm)) return 0.8;
  if (queryTerm.startsWith(sentenceTerm) && sentenceTerm.length >= queryTerm.length * minShorterShare) return 0.8;
  if (sentenceTerm.endsWith(queryTerm)) return 0.6;
  return 0;
}

/** Weighted share of the distinct query terms found in the sentence. */
export function scoreSentence(queryTerms: string[], sentenceText: string, statistics?: TermStatistics): SentenceScore {
  const distinctQuery = [...new Set(queryTerms)];
  if (distinctQuery.length === 0) return { coverage: 0, matched: [] };
  const sentenceTerms = [...new Set(analyzeTopic(sentenceText))];
  let total = 0;
  let found = 0;
  const matched: string[] = [];
  for (const queryTerm of distinctQuery) {
    const weight = termWeight(statistics, queryTerm);
    total += weight;
    let best = 0;
    for (const sentenceTerm of sentenceTerms) best = Math.max(best, termMatch(queryTerm, sentenceTerm));
    if (best > 0) {
      found += weight * best;
      matched.push(queryTerm);
    }
  }
  return { coverage: total === 0 ? 0 : found / total, matched };
}

/** Scales scores to 0..1 by the largest; all zeros (or an empty list) stay zeros. */
export function normalizeScores(scores: number[]): number[] {
  const max = Math.max(0, ...scores);
  return scores.map((score) => (max > 0 ? Math.max(0, score) / max : 0));
}
