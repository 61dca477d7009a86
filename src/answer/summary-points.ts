import type { Hit } from '../types.ts';
import type { CatalogIndex } from './catalog.ts';
import type { CitationList } from './citations.ts';
import { rankEvidence, type Evidence } from './evidence.ts';
import { linkedItemFor } from './linked-items.ts';
import { isResultPassage } from './passage-parts.ts';
import { stripEmails } from './privacy.ts';

/** One main point of a region: what it did, quoted, with the result where the report gives one. */
export interface SummaryPoint {
  text: string;
  citations: number[];
  result?: string;
}

export interface PointOptions {
  maxPoints: number;
  /** Good-practice mode puts examples with a reported result first. */
  resultsFirst: boolean;
}

// Points must say something: a heading fragment or a one-word list item is not a main point.
const minPointLength = 25;
// Keep points that are at least this close to the region's best one.
const relativeFloor = 0.5;
const minPoints = 2;

/** Picks a region's main points from its candidate sentences (pure apart from numbering citations). */
export function selectPoints(ranked: Evidence[], options: PointOptions): Evidence[] {
  const usable = ranked.filter((e) => !e.hit.passage.isAgreementText && e.sentence.text.length >= minPointLength && !e.sentence.text.trim().endsWith('?'));
  const best = usable[0]?.score ?? 0;
  const chosen: Evidence[] = [];
  const perPassage = new Map<string, number>();
  const seen = new Set<string>();
  for (const evidence of usable) {
    if (chosen.length >= options.maxPoints) break;
    if (chosen.length >= minPoints && evidence.score < best * relativeFloor) break;
    const key = evidence.sentence.text.toLowerCase();
    const count = perPassage.get(evidence.hit.passage.id) ?? 0;
    if (seen.has(key) || count >= 2) continue;
    seen.add(key);
    perPassage.set(evidence.hit.passage.id, count + 1);
    chosen.push(evidence);
  }
  return chosen;
}

/** Ranks a region's candidates: measures before results, since results come along through linked items. */
export function rankRegionCandidates(hits: Hit[], queryTerms: string[], index: CatalogIndex): Evidence[] {
  return rankEvidence(hits, queryTerms, { statistics: index.statistics })
    .map((e) => (isResultPassage(e.hit.passage) ? { ...e, score: e.score * 0.8 } : e))
    .sort((a, b) => b.score - a.score || a.hitRank - b.hitRank || a.sentence.index - b.sentence.index);
}

/** Turns chosen sentences into points; a result sentence with a linked measure becomes measure + result. */
export function toPoints(chosen: Evidence[], citations: CitationList, index: CatalogIndex, options: PointOptions): SummaryPoint[] {
  const points = chosen.map((evidence): SummaryPoint => {
    const { passage } = evidence.hit;
    const sentence = evidence.sentence;
    const n = citations.cite(passage, { start: sentence.start, end: sentence.end });
    const linked = linkedItemFor(passage, sentence.item, index);
    if (!linked) return { text: stripEmails(sentence.text), citations: [n] };
    const m = citations.cite(linked.passage, { start: linked.span.start, end: linked.span.end });
    return linked.isResult
      ? { text: stripEmails(sentence.text), citations: [n, m], result: stripEmails(linked.span.text) }
      : { text: stripEmails(linked.span.text), citations: [m, n], result: stripEmails(sentence.text) };
  });
  const seen = new Set<string>();
  const distinct = points.filter((point) => {
    if (seen.has(point.text)) return false;
    seen.add(point.text);
    if (point.result) seen.add(point.result);
    return true;
  });
  if (!options.resultsFirst) return distinct;
  return distinct.map((point, i) => ({ point, i })).sort((a, b) => Number(!!b.point.result) - Number(!!a.point.result) || a.i - b.i).map(({ point }) => point);
}
