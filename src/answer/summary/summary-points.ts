import type { Hit } from '../../types.ts';
import type { ReportCatalog } from '../report-catalog.ts';
import type { CitationList } from '../evidence/citations.ts';
import { rankEvidence, type Evidence } from '../evidence/evidence.ts';
import { linkedItemFor } from '../compose/linked-items.ts';
import { isResultPassage } from '../evidence/passage-parts.ts';
import { stripEmails } from '../evidence/privacy.ts';
import { answerLine } from '../compose/answer-line.ts';
import { statementKind, type FigureKind } from '../compose/figure-kinds.ts';
import { reportsOutcomeIn } from '../compose/evidence-overview.ts';
import { scoreSentence } from '../evidence/sentence-scoring.ts';
import { isNearDuplicate } from '../compose/near-duplicates.ts';

/** One main point of a region: what it did, quoted, with the result where the report gives one. */
export interface SummaryPoint {
  text: string;
  citations: number[];
  result?: string;
  /**
   * What the point says about results: 'outcome' when it reports one (see hasReportedResult), 'target'
   * or 'forecast' when its result is only aimed at or expected; absent for a measure that says neither.
   */
  kind?: FigureKind;
}

/** The kind of a point (see SummaryPoint.kind), by the one figure-kind judgement. */
export function pointKind(point: SummaryPoint): FigureKind | undefined {
  if (hasReportedResult(point)) return 'outcome';
  const kind = statementKind(point.result ?? point.text);
  return kind === 'target' || kind === 'forecast' ? kind : undefined;
}

/**
 * Whether a point reports a result (see reportsOutcomeIn): a linked result that does not merely expect
 * or aim at one ("förväntas minska risken" is none), or a point that reports one itself. Use this
 * wherever results are counted or put first.
 */
export function hasReportedResult(point: SummaryPoint): boolean {
  return reportsOutcomeIn({ texts: [point.text], results: point.result ? [point.result] : [] });
}

export interface PointOptions {
  maxPoints: number;
  /** Good-practice mode puts examples with a reported result first. */
  resultsFirst: boolean;
  /** The query's terms: from a long enumeration only the items matching them are quoted. */
  queryTerms?: string[];
}

// Points must say something: a heading fragment or a one-word list item is not a main point.
const minPointLength = 25;
// Keep points that are at least this close to the region's best one.
const relativeFloor = 0.5;
const minPoints = 2;

/** Picks a region's main points from its candidate sentences (pure apart from numbering citations). */
export function selectPoints(ranked: Evidence[], options: PointOptions): Evidence[] {
  // A region's point is its own work: not the agreement's text, nor a task the national level sets.
  const usable = ranked.filter(
    (e) => !e.hit.passage.isAgreementText && !e.sentence.nationalTask && e.sentence.text.length >= minPointLength && !e.sentence.text.trim().endsWith('?'),
  );
  const best = usable[0]?.score ?? 0;
  const chosen: Evidence[] = [];
  const perPassage = new Map<string, number>();
  for (const evidence of usable) {
    if (chosen.length >= options.maxPoints) break;
    if (chosen.length >= minPoints && evidence.score < best * relativeFloor) break;
    const count = perPassage.get(evidence.hit.passage.id) ?? 0;
    if (count >= 2 || chosen.some((known) => isNearDuplicate(known.sentence.text, evidence.sentence.text))) continue;
    perPassage.set(evidence.hit.passage.id, count + 1);
    chosen.push(evidence);
  }
  return chosen;
}

/** Ranks a region's candidates: measures before results, since results come along through linked items. */
export function rankRegionCandidates(hits: Hit[], queryTerms: string[], index: ReportCatalog): Evidence[] {
  return rankEvidence(hits, queryTerms, { statistics: index.statistics })
    .map((e) => (isResultPassage(e.hit.passage) ? { ...e, score: e.score * 0.8 } : e))
    .sort((a, b) => b.score - a.score || a.hitRank - b.hitRank || a.sentence.index - b.sentence.index);
}

/** Turns chosen sentences into points; a result sentence with a linked measure becomes measure + result. */
export function toPoints(chosen: Evidence[], citations: CitationList, index: ReportCatalog, options: PointOptions): SummaryPoint[] {
  const terms = options.queryTerms ?? [];
  const matches = terms.length > 0 ? (item: string) => scoreSentence(terms, item).matched.length > 0 : undefined;
  const points = chosen.map((evidence): SummaryPoint => {
    const { passage } = evidence.hit;
    const sentence = evidence.sentence;
    // The whole line: a list item with its lead-in, a continuation with the heading it continues.
    const line = answerLine(sentence, { heading: passage.headingPath.at(-1), matches });
    const [n] = line.ranges.map((range) => citations.cite(passage, { start: range.start, end: range.end }));
    const text = stripEmails(line.text);
    const linked = linkedItemFor(passage, sentence.item, index);
    if (!linked) return { text, citations: [n!] };
    const m = citations.cite(linked.passage, { start: linked.span.start, end: linked.span.end });
    return linked.isResult
      ? { text, citations: [n!, m], result: stripEmails(linked.span.text) }
      : { text: stripEmails(linked.span.text), citations: [m, n!], result: text };
  });
  // A line is quoted once, also when a report repeats it with a small change.
  const quoted: string[] = [];
  const distinct = points.filter((point) => {
    if (quoted.some((known) => isNearDuplicate(known, point.text))) return false;
    quoted.push(point.text);
    if (point.result) quoted.push(point.result);
    return true;
  }).map((point) => {
    const kind = pointKind(point);
    return kind ? { ...point, kind } : point;
  });
  if (!options.resultsFirst) return distinct;
  return distinct
    .map((point, i) => ({ point, i }))
    .sort((a, b) => Number(hasReportedResult(b.point)) - Number(hasReportedResult(a.point)) || a.i - b.i)
    .map(({ point }) => point);
}
