import { regionKey } from '../retrieve/regions.ts';
import type { GoldItem } from './gold-set.ts';
import { isUnanswerable, needsRegionCoverage } from './gold-set.ts';
import { holdsQuote } from './quote-match.ts';

/** What search returned for one question: passage texts best first. */
export interface RetrievalRun {
  item: GoldItem;
  passages: { text: string }[];
}

export interface RetrievalMetrics {
  items: number;
  hitAt5: number;
  hitAt10: number;
  recallAt10: number;
  mrrAt10: number;
}

/** 1-based rank of the first of the top-k passages holding any quote, or null. */
export function firstEvidenceRank(run: RetrievalRun, k: number): number | null {
  const top = run.passages.slice(0, k);
  const index = top.findIndex((passage) => run.item.evidence.some((evidence) => holdsQuote(passage.text, evidence.quote)));
  return index === -1 ? null : index + 1;
}

export function retrievalMetrics(runs: RetrievalRun[]): RetrievalMetrics {
  const answerable = runs.filter((run) => !isUnanswerable(run.item));
  if (answerable.length === 0) return { items: 0, hitAt5: 0, hitAt10: 0, recallAt10: 0, mrrAt10: 0 };
  let hit5 = 0;
  let hit10 = 0;
  let reciprocal = 0;
  let quotes = 0;
  let quotesFound = 0;
  for (const run of answerable) {
    const rank = firstEvidenceRank(run, 10);
    if (rank !== null) {
      hit10 += 1;
      if (rank <= 5) hit5 += 1;
      reciprocal += 1 / rank;
    }
    const top10 = run.passages.slice(0, 10);
    for (const evidence of run.item.evidence) {
      quotes += 1;
      if (top10.some((passage) => holdsQuote(passage.text, evidence.quote))) quotesFound += 1;
    }
  }
  const n = answerable.length;
  return { items: n, hitAt5: hit5 / n, hitAt10: hit10 / n, recallAt10: quotes ? quotesFound / quotes : 0, mrrAt10: reciprocal / n };
}

/** What the answer endpoint returned for one question. */
export interface AnswerRun {
  item: GoldItem;
  answerable: boolean;
  cited: { text: string; region: string }[];
}

export interface AnswerMetrics {
  regionItems: number;
  regionRecallLoose: number;
  regionRecallStrict: number;
  answerableItems: number;
  answeredShare: number;
  unanswerableItems: number;
  refusedShare: number;
}

/** One item's region recall: the share of its listed regions the answer cites (loose), with a passage holding that region's quote (strict). */
export function itemRegionRecall(run: AnswerRun, regionOfDoc: (doc: string) => string | undefined): { loose: number; strict: number } | null {
  if (!needsRegionCoverage(run.item) || run.item.regions.length === 0) return null;
  let loose = 0;
  let strict = 0;
  for (const region of run.item.regions) {
    const key = regionKey(region);
    const citedHere = run.cited.filter((cited) => regionKey(cited.region) === key);
    if (citedHere.length > 0) loose += 1;
    const quotes = run.item.evidence.filter((evidence) => regionKey(regionOfDoc(evidence.doc) ?? '') === key);
    if (citedHere.some((cited) => quotes.some((evidence) => holdsQuote(cited.text, evidence.quote)))) strict += 1;
  }
  return { loose: loose / run.item.regions.length, strict: strict / run.item.regions.length };
}

/**
 * Region recall per the judge's rule. `regionOfDoc` maps an evidence doc (file name) to its report's region,
 * so strict recall can ask whether a cited passage of that region holds one of that region's quotes.
 */
export function answerMetrics(runs: AnswerRun[], regionOfDoc: (doc: string) => string | undefined): AnswerMetrics {
  let looseSum = 0;
  let strictSum = 0;
  let regionItems = 0;
  for (const run of runs) {
    const recall = itemRegionRecall(run, regionOfDoc);
    if (!recall) continue;
    regionItems += 1;
    looseSum += recall.loose;
    strictSum += recall.strict;
  }
  const answerable = runs.filter((run) => !isUnanswerable(run.item));
  const unanswerable = runs.filter((run) => isUnanswerable(run.item));
  return {
    regionItems,
    regionRecallLoose: regionItems ? looseSum / regionItems : 0,
    regionRecallStrict: regionItems ? strictSum / regionItems : 0,
    answerableItems: answerable.length,
    answeredShare: answerable.length ? answerable.filter((run) => run.answerable).length / answerable.length : 0,
    unanswerableItems: unanswerable.length,
    refusedShare: unanswerable.length ? unanswerable.filter((run) => !run.answerable).length / unanswerable.length : 0,
  };
}

/** The figures of one question type: retrieval (hybrid) and answers, over that type's items only. */
export interface TypeFigures {
  type: string;
  items: number;
  hitAt10: number | null;
  mrrAt10: number | null;
  /** Answered share for answerable types, refused share for unanswerable items. */
  answered: number;
  refused: number | null;
  regionRecallLoose: number | null;
  regionRecallStrict: number | null;
}

export function figuresByType(retrieval: RetrievalRun[], answers: AnswerRun[], regionOfDoc: (doc: string) => string | undefined): TypeFigures[] {
  const types = [...new Set(answers.map((run) => run.item.type))];
  return types.map((type) => {
    const typeAnswers = answers.filter((run) => run.item.type === type);
    const typeRetrieval = retrieval.filter((run) => run.item.type === type);
    const answerable = typeAnswers.filter((run) => !isUnanswerable(run.item));
    const unanswerable = typeAnswers.filter((run) => isUnanswerable(run.item));
    const retrievalFigures = answerable.length > 0 ? retrievalMetrics(typeRetrieval) : null;
    const recalls = typeAnswers.map((run) => itemRegionRecall(run, regionOfDoc)).filter((recall): recall is { loose: number; strict: number } => recall !== null);
    const mean = (values: number[]) => (values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null);
    return {
      type,
      items: typeAnswers.length,
      hitAt10: retrievalFigures?.hitAt10 ?? null,
      mrrAt10: retrievalFigures?.mrrAt10 ?? null,
      answered: answerable.length > 0 ? answerable.filter((run) => run.answerable).length / answerable.length : 0,
      refused: unanswerable.length > 0 ? unanswerable.filter((run) => !run.answerable).length / unanswerable.length : null,
      regionRecallLoose: mean(recalls.map((recall) => recall.loose)),
      regionRecallStrict: mean(recalls.map((recall) => recall.strict)),
    };
  });
}
