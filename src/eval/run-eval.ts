import { answerQuestion, isCrossRegionPlan } from '../answer/answer-question.ts';
import { analyseQuestion, topicTermsOf } from '../answer/question/analysed-question.ts';
import type { ReportCatalog } from '../answer/report-catalog.ts';
import type { Search, SearchMode } from '../retrieve/search-types.ts';
import type { GoldItem } from './gold-set.ts';
import { isUnanswerable } from './gold-set.ts';
import { answerMetrics, figuresByType, firstEvidenceRank, itemRegionRecall, retrievalMetrics, type AnswerMetrics, type AnswerRun, type RetrievalMetrics, type RetrievalRun, type TypeFigures } from './metrics.ts';

export const evalModes: SearchMode[] = ['lexical', 'dense', 'hybrid'];

export interface ItemOutcome {
  id: string;
  type: string;
  /** Rank of the first evidence passage in hybrid search (null: not in the top 10). */
  hybridRank: number | null;
  answerable: boolean;
  citedRegions: string[];
  /** For items that list regions: the share cited (loose) and cited with the region's quote (strict). */
  regionRecall: { loose: number; strict: number } | null;
  /** The first line of the answer (a refusal's reason, or the cross-region count). */
  firstLine: string;
}

export interface EvalReport {
  retrieval: Record<SearchMode, RetrievalMetrics>;
  answers: AnswerMetrics;
  byType: TypeFigures[];
  items: ItemOutcome[];
}

/** Runs every question through search (each mode) and through /api/ask's answer path, as the judge does. */
export async function runEval(items: GoldItem[], deps: { search: Search; index: ReportCatalog }): Promise<EvalReport> {
  const regionOfDoc = (doc: string) => deps.index.catalog.reports.find((report) => report.file === doc)?.region;
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
    const run: AnswerRun = { item, answerable: answer.answerable, cited };
    answerRuns.push(run);
    const hybridRun = runsByMode.get('hybrid')!.at(-1)!;
    outcomes.push({
      id: item.id,
      type: item.type,
      hybridRank: isUnanswerable(item) ? null : firstEvidenceRank(hybridRun, 10),
      answerable: answer.answerable,
      citedRegions: [...new Set(cited.map((entry) => entry.region))],
      regionRecall: itemRegionRecall(run, regionOfDoc),
      firstLine: answer.answer.split('\n')[0]!.slice(0, 160),
    });
  }
  return {
    retrieval: Object.fromEntries(evalModes.map((mode) => [mode, retrievalMetrics(runsByMode.get(mode)!)])) as Record<SearchMode, RetrievalMetrics>,
    answers: answerMetrics(answerRuns, regionOfDoc),
    byType: figuresByType(runsByMode.get('hybrid')!, answerRuns, regionOfDoc),
    items: outcomes,
  };
}
