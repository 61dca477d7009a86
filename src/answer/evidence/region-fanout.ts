import type { Hit, RegionState, SearchFilters } from '../../types.ts';
import type { Search } from '../../retrieve/search-types.ts';
import type { TopicTerm } from '../question/analysed-question.ts';
import { matchStrengths } from '../../text/matching.ts';
import { judgeEvidence } from './evidence-judge.ts';
import { sentencesOf } from './evidence.ts';

/** One region's own search, judged: its evidence, and the passage that only names the topic when there is no evidence. */
export interface RegionEvidence {
  region: string;
  /** Passages the judge takes as evidence, best first. */
  evidence: Hit[];
  /** The judge's best passage probability in this region (orders regions, strongest first). */
  strength: number;
  /** The passage naming the question's rarest word without speaking to the question, when there is no evidence. */
  mention: Hit | null;
  /** Provisional: 'evidence' may still fall to 'mentioned' or 'none' when no sentence can be quoted. */
  state: RegionState;
}

export interface FanOutRequest {
  query: string;
  topic: TopicTerm[];
  regions: string[];
  filters: SearchFilters;
  /** Passages per region. */
  k: number;
}

/** A mention is the question's rarest known word itself (or a compound with it), not a looser match. */
const mentionStrength = matchStrengths.compound;

/**
 * Searches each region in scope on its own with a region filter and judges that region's evidence, so a
 * region is never lost because other regions filled a shared top list. Filtered searches are cheap, and
 * the query is embedded once (search caches it).
 */
export async function fanOutByRegion(search: Search, request: FanOutRequest): Promise<RegionEvidence[]> {
  const topicTerms = request.topic.map((entry) => entry.term);
  const rarest = [...request.topic].filter((entry) => entry.inCorpus).sort((a, b) => b.weight - a.weight)[0];
  const results: RegionEvidence[] = [];
  for (const region of request.regions) {
    const outcome = await search(request.query, { k: request.k, filters: { ...request.filters, regions: [region] }, topic: topicTerms });
    // The same judge on this region's passages alone: a region has evidence when one of its passages speaks to the question.
    const verdict = judgeEvidence(request.topic, outcome.hits);
    // Evidence is what the judge finds speaking to the question: passages over its threshold, best first, that
    // hold something to quote (not an attendee list or a bare title). The threshold was fitted on per-region
    // lists too (npm run calibrate), so it holds for one region's few passages.
    const byStrength = [...verdict.hits].sort((a, b) => b.probability - a.probability);
    const quotable = (hit: Hit) => sentencesOf(hit.passage).length > 0;
    const evidence = verdict.answerable ? byStrength.filter((entry) => entry.speaksToQuestion && quotable(entry.hit)).map((entry) => entry.hit) : [];
    const strength = Math.max(0, ...verdict.hits.map((entry) => entry.probability));
    // Without evidence a region may still touch the topic: its strongest quotable passage when its set
    // answers the question (weaker than the threshold), else a passage naming the question's rarest word.
    // Either is "nämns bara", cited, so the reader can judge it, and never presented as the region's work.
    const weakest = verdict.answerable ? (byStrength.find((entry) => quotable(entry.hit))?.hit ?? null) : null;
    const mention = evidence.length > 0 || (!weakest && !rarest)
      ? null
      : (weakest ?? outcome.hits.find((hit) => (hit.matches ?? []).some((match) => match.term === rarest!.term && match.strength >= mentionStrength)) ?? null);
    results.push({ region, evidence, strength, mention, state: evidence.length > 0 ? 'evidence' : mention ? 'mentioned' : 'none' });
  }
  return results;
}
