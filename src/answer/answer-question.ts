import type { Answer, Hit, SearchFilters } from '../types.ts';
import type { Search } from '../retrieve/search-types.ts';
import { coveredYears, type CatalogIndex } from './catalog.ts';
import { composeCrossRegionAnswer, composeFocusedAnswer } from './extractive-answer.ts';
import { asksForFigure, citedSentences, givesFigureFor, measureOf } from './figures.ts';
import { resolveFollowUp, type ChatTurn } from './follow-up.ts';
import { isCrossRegionQuestion } from '../retrieve/cross-region.ts';
import { yearsInQuestion } from './question-analysis.ts';
import { catalogRegionFor, isRegionWord, regionsInQuestion } from '../retrieve/regions.ts';
import { refuseNoRegionsInScope, refuseNotCovered, refuseUnknownRegions, refuseUnknownYears } from './refusal.ts';
import { analyzeTopic } from '../text/analyze.ts';

/** A question as /api/ask receives it. */
export interface AskRequest {
  question: string;
  filters?: SearchFilters;
  history?: ChatTurn[];
}

export interface AnswerDeps {
  search: Search;
  index: CatalogIndex;
}

/** What the extractive answer was built from; a language model answers from the same hits. */
export interface AnswerPlan {
  query: string;
  hits: Hit[];
  crossRegion: boolean;
  regionsInScope: string[];
  wantsResults: boolean;
  answer: Answer;
  /** False when the answer is a refusal decided before or by search. */
  grounded: boolean;
}

const focusedK = 10;
const crossK = 40;
const perRegionK = 4;

/** Query terms for sentence scoring; region names select regions, they are not the topic. */
export function queryTermsOf(query: string): string[] {
  return analyzeTopic(query.replace(/[\p{L}]+/gu, (word) => (isRegionWord(word) ? ' ' : word)));
}

export async function planAnswer(request: AskRequest, deps: AnswerDeps): Promise<AnswerPlan> {
  const { index } = deps;
  const resolved = resolveFollowUp(request.question, request.history);
  const base = { query: resolved.query, hits: [] as Hit[], crossRegion: false, regionsInScope: [] as string[], wantsResults: resolved.wantsResults };
  const refusal = (answer: Answer): AnswerPlan => ({ ...base, answer, grounded: false });

  const named = regionsInQuestion(resolved.query, index.regions);
  // Only regions outside the corpus: refuse. Mixed with covered ones: answer those and name the rest.
  if (named.unknown.length > 0 && named.known.length === 0) return refusal(refuseUnknownRegions(named.unknown, index));
  const covered = coveredYears(index.catalog.reports);
  const uncoveredYears = yearsInQuestion(resolved.query).filter((year) => !covered.has(year));
  if (uncoveredYears.length > 0) return refusal(refuseUnknownYears(uncoveredYears, covered));

  const requested = request.filters?.regions ?? [];
  const filterRegions = requested.map((region) => catalogRegionFor(region, index.regions)).filter((r): r is string => r !== null);
  if (requested.length > 0 && filterRegions.length === 0) return refusal(refuseNoRegionsInScope(requested, index));
  let regionsInScope = filterRegions.length > 0 ? [...new Set(filterRegions)] : index.regions;
  if (named.known.length > 0) {
    const narrowed = regionsInScope.filter((region) => named.known.includes(region));
    if (narrowed.length === 0) return refusal(refuseNoRegionsInScope(named.known, index));
    regionsInScope = narrowed;
  }
  const crossRegion = (isCrossRegionQuestion(resolved.query) && regionsInScope.length > 1) || named.known.length > 1;
  const narrowedByQuestion = named.known.length > 0 || filterRegions.length > 0;
  const filters: SearchFilters = { ...request.filters, ...(narrowedByQuestion ? { regions: regionsInScope } : {}) };
  if (filters.regions === undefined) delete filters.regions;

  const outcome = await deps.search(resolved.query, {
    k: crossRegion ? crossK : focusedK,
    filters,
    ...(crossRegion ? { diverse: true, perRegion: perRegionK } : {}),
  });
  const planned = { ...base, hits: outcome.hits, crossRegion, regionsInScope };
  if (!outcome.answerability.answerable || outcome.hits.length === 0) {
    return { ...planned, answer: refuseNotCovered(outcome.hits, outcome.answerability.reason, index), grounded: false };
  }
  const givesFigure = asksForFigure(resolved.query) ? givesFigureFor(measureOf(resolved.query)) : undefined;
  const context = { index, queryTerms: queryTermsOf(resolved.query), wantsResults: resolved.wantsResults, givesFigure };
  const answer = crossRegion
    ? composeCrossRegionAnswer(outcome.hits, regionsInScope, context)
    : composeFocusedAnswer(outcome.hits, context);
  if (!answer.answerable) {
    return { ...planned, answer: refuseNotCovered(outcome.hits, 'ingen region beskriver detta', index), grounded: false };
  }
  if (givesFigure && !citedSentences(answer).some(givesFigure)) {
    const reason = 'frågan gäller siffror, men rapporterna anger inga för detta';
    return { ...planned, answer: refuseNotCovered(outcome.hits, reason, index), grounded: false };
  }
  return { ...planned, answer: withUnknownRegionsNamed(answer, named.unknown), grounded: true };
}

function withUnknownRegionsNamed(answer: Answer, unknown: string[]): Answer {
  if (unknown.length === 0) return answer;
  return {
    ...answer,
    answer: `${answer.answer}\n\nUtblick har ingen rapport från ${unknown.join(' eller ')}.`,
    regions: [...answer.regions, ...unknown.map((region) => ({ region, summary: 'Ingen rapport från denna region finns i Utblick.', citations: [] }))],
  };
}

/** The extractive answer to a question, with citations; refuses honestly when the reports do not cover it. */
export async function answerQuestion(request: AskRequest, deps: AnswerDeps): Promise<Answer> {
  return (await planAnswer(request, deps)).answer;
}
