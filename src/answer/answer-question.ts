import type { Answer, Hit, SearchFilters } from '../types.ts';
import type { Search } from '../retrieve/search-types.ts';
import { analyseQuestion, topicTermsOf, type AnalysedQuestion } from './question/analysed-question.ts';
import { coveredYears, type ReportCatalog } from './report-catalog.ts';
import { evidenceHits } from './evidence/evidence-judge.ts';
import { composeCrossRegionAnswer, composeFocusedAnswer } from './compose/extractive-answer.ts';
import { placeNote } from './compose/place-note.ts';
import { absenceCaveat, describedLead } from './compose/lacking-answer.ts';
import { citedSentences, givesFigureFor } from './compose/figures.ts';
import { figureKind } from './compose/figure-kinds.ts';
import type { ChatTurn } from './question/follow-up.ts';
import { catalogRegionFor } from '../retrieve/regions.ts';
import { isRegionWord } from '../text/swedish-regions.ts';
import { matchStrengths } from '../text/matching.ts';
import { fanOutByRegion } from './evidence/region-fanout.ts';
import { missingTopicReason, refuseNoRegionsInScope, refuseNotCovered, refuseUnknownRegions, refuseUnknownYears } from './compose/refusal.ts';
import { analyzeTopic } from '../text/analyze.ts';
import { isGenericTerm } from '../text/generic-words.ts';

/** A question as /api/ask receives it. */
export interface AskRequest {
  question: string;
  filters?: SearchFilters;
  history?: ChatTurn[];
  /** Judge every region in scope on its own, whatever the wording (the comparison matrix asks this way). */
  acrossRegions?: boolean;
}

export interface AnswerDeps {
  search: Search;
  index: ReportCatalog;
}

/** What the extractive answer was built from; a language model answers from the same hits. */
export interface AnswerPlan {
  query: string;
  /** The question analysed once; search, the judge and the answer read it. */
  question?: AnalysedQuestion;
  hits: Hit[];
  crossRegion: boolean;
  regionsInScope: string[];
  wantsResults: boolean;
  answer: Answer;
  /** False when the answer is a refusal decided before or by search. */
  grounded: boolean;
}

const focusedK = 10;
// Per region in a fan-out: enough to find the region's evidence, few enough to stay cheap.
const perRegionK = 5;

/** Query terms for sentence scoring; region names select regions, they are not the topic. */
export function queryTermsOf(query: string): string[] {
  return analyzeTopic(query.replace(/[\p{L}]+/gu, (word) => (isRegionWord(word) ? ' ' : word)));
}

/** The search options the plan uses for a question: the one place that decides cross-region. */
export function isCrossRegionPlan(question: AnalysedQuestion, regionsInScope: readonly string[], askedAcross = false): boolean {
  // A question about which regions lack something ("finns det regioner som saknar …") is about the regions in scope, whatever its wording.
  return ((question.acrossRegions || askedAcross || question.negated) && regionsInScope.length > 1) || question.regions.known.length > 1;
}

export async function planAnswer(request: AskRequest, deps: AnswerDeps): Promise<AnswerPlan> {
  const { index } = deps;
  const question = analyseQuestion(request.question, request.history, index.regions, index.statistics);
  const base = { query: question.query, question, hits: [] as Hit[], crossRegion: false, regionsInScope: [] as string[], wantsResults: question.wantsResults };
  const refusal = (answer: Answer): AnswerPlan => ({ ...base, answer, grounded: false });

  const named = question.regions;
  // Only regions outside the corpus: refuse. Mixed with covered ones: answer those and name the rest.
  if (named.unknown.length > 0 && named.known.length === 0) return refusal(refuseUnknownRegions(named.unknown, index));
  const covered = coveredYears(index.catalog.reports);
  const uncoveredYears = question.years.filter((year) => !covered.has(year));
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
  const crossRegion = isCrossRegionPlan(question, regionsInScope, request.acrossRegions);
  const narrowedByQuestion = named.known.length > 0 || filterRegions.length > 0;
  const filters: SearchFilters = { ...request.filters, ...(narrowedByQuestion ? { regions: regionsInScope } : {}) };
  if (filters.regions === undefined) delete filters.regions;

  const topic = topicTermsOf(question);
  const outcome = await deps.search(question.query, { k: focusedK, filters, diverse: false, topic });
  const planned = { ...base, hits: outcome.hits, crossRegion, regionsInScope };
  const givesFigure = question.kind === 'figure' ? givesFigureFor(question.measure, question.wantsShare) : undefined;
  // Whether outcomes are reported is news for a summary, good practice, results or figures; beside opening hours it is noise.
  const aboutOutcomes = question.wantsResults || givesFigure !== undefined || question.kind === 'summary' || question.kind === 'good-practice';
  const context = { index, queryTerms: topic, wantsResults: question.wantsResults, givesFigure, outcomeOnly: question.wantedFigure === 'outcome', scope: question.scope, negated: question.negated, aboutOutcomes };
  const notCovered = (reason: string) => ({ ...planned, answer: withAbsenceCaveat(question, refuseNotCovered(nearestRelated(question, outcome.hits), reason, index)), grounded: false });
  const scopeNamed = [...question.scope.years.map(String), ...question.scope.sources];
  // Nothing within the year or source the question names: say that, not that the topic is missing.
  const outOfScope = () => notCovered(`inget av det som hittades gäller ${scopeNamed.join(' eller ')}`);

  let answer: Answer;
  if (crossRegion) {
    const regions = await fanOutByRegion(deps.search, { query: question.query, topic: question.topic, regions: regionsInScope, filters, k: perRegionK });
    const regionHits = regions.flatMap((region) => region.evidence);
    answer = composeCrossRegionAnswer(regions, context);
    if (!answer.answerable) return notCovered(missingTopicReason(question, outcome.hits));
    planned.hits = regionHits;
  } else {
    const evidence = evidenceHits(question.topic, outcome.hits);
    if (evidence.length === 0) return notCovered(missingTopicReason(question, outcome.hits));
    answer = composeFocusedAnswer(evidence, context);
    // Only a target or forecast where an outcome was asked for: said plainly and cited, and not an answer.
    if (!answer.answerable && answer.citations.length > 0) return { ...planned, hits: evidence, answer, grounded: false };
    if (!answer.answerable) return scopeNamed.length > 0 ? outOfScope() : notCovered(missingTopicReason(question, outcome.hits));
    planned.hits = evidence;
    // "Saknar Dalarna …?" answered by what Dalarna's reports describe: said first, so it is not read as the lack.
    if (question.negated) answer = { ...answer, answer: `${describedLead}\n\n${answer.answer}` };
  }
  // A figure question needs its figure cited; a question about what was achieved needs an outcome figure.
  const answersFigure = givesFigure && (context.outcomeOnly ? (sentence: string) => givesFigure(sentence) && figureKind(sentence) === 'outcome' : givesFigure);
  if (answersFigure && !citedSentences(answer).some(answersFigure)) {
    return notCovered('frågan gäller siffror, men rapporterna anger inga för detta');
  }
  const note = placeNote(named.places, answer.citations.map((citation) => index.passageById.get(citation.passageId)?.text ?? citation.excerpt));
  const withPlaces = note ? { ...answer, answer: `${note}\n\n${answer.answer}` } : answer;
  return { ...planned, answer: withUnknownRegionsNamed(withPlaces, named.unknown), grounded: true };
}

/**
 * The passages a refusal may offer as nearest: those holding one of the question's content words. A
 * question about bandy gets none, rather than passages that share only "förra året" with it.
 */
function nearestRelated(question: AnalysedQuestion, hits: Hit[]): Hit[] {
  const content = new Set(question.topic.filter((entry) => !isGenericTerm(entry.term)).map((entry) => entry.term));
  return hits.filter((hit) => (hit.matches ?? []).some((match) => content.has(match.term) && match.strength >= nearestMatchStrength));
}

/** A nearest passage holds the word itself or a compound or derivation of it, not a looser match. */
const nearestMatchStrength = Math.min(matchStrengths.compound, matchStrengths.derivation);

/** A refusal of a negated question says that the reports' silence proves no lack. */
function withAbsenceCaveat(question: AnalysedQuestion, answer: Answer): Answer {
  return question.negated ? { ...answer, answer: `${answer.answer}\n\n${absenceCaveat}` } : answer;
}

function withUnknownRegionsNamed(answer: Answer, unknown: string[]): Answer {
  if (unknown.length === 0) return answer;
  return {
    ...answer,
    answer: `${answer.answer}\n\nUtblick har ingen rapport från ${unknown.join(' eller ')}.`,
    regions: [...answer.regions, ...unknown.map((region) => ({ region, state: 'none' as const, summary: 'Ingen rapport från denna region finns i Utblick.', citations: [] }))],
  };
}

/** The extractive answer to a question, with citations; refuses honestly when the reports do not cover it. */
export async function answerQuestion(request: AskRequest, deps: AnswerDeps): Promise<Answer> {
  return (await planAnswer(request, deps)).answer;
}
