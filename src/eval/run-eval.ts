import { answerQuestion, isCrossRegionPlan } from '../answer/answer-question.ts';
import { analyseQuestion, topicTermsOf } from '../answer/analysed-question.ts';
import type { CatalogIndex } from '../answer/catalog.ts';
import type { Search, SearchMode } from '../retrieve/search-types.ts';
import type { GoldItem } from './gold-set.ts';
import { isUnanswerable } from './gold-set.ts';
import { answerMetrics, firstEvidenceRank, retrievalMetrics, type AnswerMetrics, type AnswerRun, type RetrievalMetrics, type RetrievalRun } from './metrics.ts';

export const evalModes: SearchMode[] = ['lexical', 'dense', 'hybrid'];

export interface ItemOutcome {
  id: string;
  type: string;
  /** Rank of the first evidence passage in hybrid search (null: not in the top 10). */
  hybridRank: number | null;
  answerable: boolean;
  citedRegions: string[];
}

export interface EvalReport {
  retrieval: Record<SearchMode, RetrievalMetrics>;
  answers: AnswerMetrics;
  items: ItemOutcome[];
}

/** Runs every question through search (each mode) and through /api/ask's answer path, as the judge does. */
export async function runEval(items: GoldItem[], deps: { search: Search; index: CatalogIndex }): Promise<EvalReport> {
  const runsByMode = new Map<SearchMode, RetrievalRun[]>(evalModes.map((mode) => [mode, []]));
  const answerRuns: AnswerRun[] = [];
  const outcomes: ItemOutcome[] = [];
  for (const item of items) {
    // Search as the answer plans it: the question analysed once, cross-region decided once.
    const question = analyseQuestion(item.question, undefined, deps.index.regions, deps.index.statistics);
    const diverse = isCrossRegionPlan(question, deps.index.regions);
    for (const mode of evalModes) {
      const outcome = await deps.search(question.query, { k: 10, mode, diverse, topic: topicTermsOf(question) });
      runsByMode.get(mode)!.push({ item, passages: outcome.hits.map((hit) => ({ text: hit.passage.text })) });
    }
    const answer = await answerQuestion({ question: item.question }, deps);
    const cited = answer.citations.map((citation) => ({
      text: deps.index.passageById.get(citation.passageId)?.text ?? citation.excerpt,
      region: citation.region,
    }));
    answerRuns.push({ item, answerable: answer.answerable, cited });
    const hybridRun = runsByMode.get('hybrid')!.at(-1)!;
    outcomes.push({
      id: item.id,
      type: item.type,
      hybridRank: isUnanswerable(item) ? null : firstEvidenceRank(hybridRun, 10),
      answerable: answer.answerable,
      citedRegions: [...new Set(cited.map((entry) => entry.region))],
    });
  }
  const regionOfDoc = (doc: string) => deps.index.catalog.reports.find((report) => report.file === doc)?.region;
  return {
    retrieval: Object.fromEntries(evalModes.map((mode) => [mode, retrievalMetrics(runsByMode.get(mode)!)])) as Record<SearchMode, RetrievalMetrics>,
    answers: answerMetrics(answerRuns, regionOfDoc),
    items: outcomes,
  };
}
