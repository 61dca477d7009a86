import type { Embedder } from '../embed/embedder.ts';
import { analyzeTopic } from '../text/analyze.ts';
import { withoutQuestionWords } from '../text/question-words.ts';
import type { Bm25Index } from '../store/bm25-index.ts';
import { bm25Idf } from '../store/bm25-scoring.ts';
import { searchTextOf } from '../store/search-text.ts';
import type { VectorIndex } from '../store/vector-index.ts';
import type { Hit, Passage, Report } from '../types.ts';
import { judgeAnswerability, type AnswerabilityThresholds } from './answerability.ts';
import { wantsRegionDiversity } from './cross-region.ts';
import { diversifyByGroup } from './diversify.ts';
import { DedupeGroups } from './dedupe-keys.ts';
import { buildFilterColumns } from './filter-columns.ts';
import { reciprocalRankFusion, type RankedItem } from './fusion.ts';
import { regionKey } from './regions.ts';
import type { Search, SearchOptions } from './search-types.ts';
import { termEvidence } from './term-evidence.ts';

export interface HybridSearchDeps {
  passages: readonly Passage[];
  reports: readonly Report[];
  lexical: Bm25Index;
  vectors: VectorIndex;
  embedder: Embedder;
  thresholds?: AnswerabilityThresholds;
  /** Weights of the lexical and dense lists in rank fusion; by default chosen by the embedder's kind. */
  fusion?: FusionSettings;
}

export interface FusionSettings {
  lexical: number;
  dense: number;
  /** The reciprocal-rank-fusion constant. */
  k: number;
}

/** How far down each list fusion looks; deeper lists cost little and let fusion rescue a passage one list ranks low. */
const candidateDepth = (k: number): number => Math.max(60, k * 6);
/** Quoted agreement text is the same in every report; it should never outrank a region's own answer. */
const agreementFactor = 0.5;
/**
 * The offline embedder's dense list is hashed n-grams: a fuzzy lexical signal, good for typos and
 * compounds but weaker than BM25 at ranking, so it counts half (measured with npm run eval). A real
 * sentence model adds meaning BM25 lacks and counts fully.
 */
export function defaultFusion(embedderKind: 'offline' | 'transformers'): FusionSettings {
  return { lexical: 1, dense: embedderKind === 'offline' ? 0.5 : 1, k: 60 };
}
/** How many of the best passages the answerability judgement reads. */
const evidenceDepth = 5;

export function createHybridSearch(deps: HybridSearchDeps): Search {
  const passagesById = new Map(deps.passages.map((passage) => [passage.id, passage]));
  const reportsById = new Map(deps.reports.map((report) => [report.id, report]));
  const idfOf = (term: string) => deps.lexical.inverseDocumentFrequency(term);
  const unknownIdf = bm25Idf(0, deps.lexical.size);
  const fusion = deps.fusion ?? defaultFusion(deps.embedder.info.kind);
  const regionNames = [...new Set(deps.reports.map((report) => report.region))];
  // Filters and dedupe keys are data computed once (at load, or on first meeting a passage), never per candidate per query.
  const filterColumns = buildFilterColumns(deps.passages, deps.reports);
  const dedupeGroups = new DedupeGroups();

  return async (query: string, options: SearchOptions = {}) => {
    const k = options.k ?? 10;
    const mode = options.mode ?? 'hybrid';
    const filter = filterColumns.mask(options.filters);
    const depth = candidateDepth(k);
    const queryTerms = deps.lexical.analyzeQuery(query);

    const lists: RankedItem[][] = [];
    const weights: number[] = [];
    // Where each list sits in `lists` (and so in a fused item's ranks), or -1 when not searched.
    let lexicalList = -1;
    let denseList = -1;
    if (mode !== 'dense') {
      lexicalList = lists.push(deps.lexical.search(queryTerms, depth, filter)) - 1;
      weights.push(fusion.lexical);
    }
    if (mode !== 'lexical') {
      // Question words ("beskriv", "vilka regioner") are noise to an embedding of what the question is about.
      const [vector] = await deps.embedder.embed([withoutQuestionWords(query) || query], 'query');
      const dense = vector ? deps.vectors.search(vector, depth, filter) : [];
      denseList = lists.push(dense.map((item) => ({ id: item.id, score: item.similarity }))) - 1;
      weights.push(fusion.dense);
    }

    // Weights only balance two lists; a list searched alone keeps its plain reciprocal-rank scores.
    const fused = reciprocalRankFusion(lists, { k: fusion.k, weights: lists.length > 1 ? weights : [1] });
    const seenTexts = new Set<number>();
    const ranked: Hit[] = [];
    for (const item of fused) {
      const passage = passagesById.get(item.id);
      const report = passage && reportsById.get(passage.reportId);
      if (!passage || !report) continue;
      const textKey = dedupeGroups.of(passage);
      if (seenTexts.has(textKey)) continue;
      seenTexts.add(textKey);
      ranked.push({
        passage,
        report,
        score: item.score * (passage.isAgreementText ? agreementFactor : 1),
        lexicalRank: item.ranks[lexicalList] ?? null,
        denseRank: item.ranks[denseList] ?? null,
      });
    }
    ranked.sort((a, b) => b.score - a.score);

    const diverse = options.diverse ?? wantsRegionDiversity(query, regionNames);
    const hits = diverse
      ? diversifyByGroup(ranked, (hit) => regionKey(hit.report.region), k, {
          minimumPerGroup: 1,
          maximumPerGroup: options.perRegion ?? Math.max(1, Math.ceil(k / 2)),
        })
      : ranked.slice(0, k);

    // A cross-region answer draws on every region's best passages, so those are what must hold the topic.
    const evidence = diverse ? hits.slice(0, evidenceDepth * 3) : ranked.slice(0, evidenceDepth);
    const evidenceTexts = evidence.map((hit) => searchTextOf(hit.passage, hit.report));
    const answerability = judgeAnswerability(
      { terms: termEvidence(analyzeTopic(query), queryTerms, evidenceTexts, idfOf, unknownIdf), hitCount: ranked.length },
      deps.thresholds,
    );
    return { hits, answerability };
  };
}
