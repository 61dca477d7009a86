import type { Answerability } from './search-types.ts';

/** A typed query term, how rare it is in the corpus, and whether the best passages hold it. */
export interface TermEvidence {
  term: string;
  /** Inverse document frequency; a term no passage uses gets the idf of document frequency 0. */
  idf: number;
  matched: boolean;
}

export interface AnswerabilitySignals {
  terms: TermEvidence[];
  hitCount: number;
}

/**
 * Share of the question's information (idf-weighted typed terms) that the best passages hold.
 * Rare words carry the question ("väntetider", "hyrpersonal"); a question whose rare words the reports
 * never use is one they do not answer, however well its common words match.
 */
export function termCoverage(terms: readonly TermEvidence[]): number {
  let total = 0;
  let matched = 0;
  for (const term of terms) {
    total += term.idf;
    if (term.matched) matched += term.idf;
  }
  return total > 0 ? matched / total : 0;
}

export interface AnswerabilityThresholds {
  /** Below this idf-weighted coverage the reports are taken not to cover the question. */
  minimumCoverage: number;
}

/** Calibrated on the development set's answerable and unanswerable items (see npm run eval). */
export const defaultThresholds: AnswerabilityThresholds = { minimumCoverage: 0.5 };

export function judgeAnswerability(signals: AnswerabilitySignals, thresholds = defaultThresholds): Answerability {
  if (signals.hitCount === 0) {
    return { answerable: false, confidence: 0, reason: 'inga passager matchar frågan' };
  }
  if (signals.terms.length === 0) {
    // Only stop words: nothing to judge by, so trust that something was found.
    return { answerable: true, confidence: 0.5, reason: 'frågan saknar innehållsord' };
  }
  const coverage = termCoverage(signals.terms);
  const missing = signals.terms.filter((term) => !term.matched).map((term) => term.term);
  const answerable = coverage >= thresholds.minimumCoverage;
  return {
    answerable,
    confidence: Number(coverage.toFixed(3)),
    reason: answerable
      ? 'de bästa passagerna täcker frågans viktigaste ord'
      : `rapporterna nämner inte det frågan gäller (saknas: ${missing.slice(0, 5).join(', ')})`,
  };
}
