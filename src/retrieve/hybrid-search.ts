import type { Embedder } from '../embed/embedder.ts';
import { analyzeTopic } from '../text/analyze.ts';
import { withoutQuestionWords } from '../text/question-words.ts';
import type { Bm25Index } from '../store/bm25-index.ts';
import type { VectorIndex } from '../store/vector-index.ts';
import type { Hit, Passage, Report } from '../types.ts';
import { diversifyByGroup } from './diversify.ts';
import { DedupeGroups } from './dedupe-keys.ts';
import { buildFilterColumns } from './filter-columns.ts';
import { reciprocalRankFusion, type RankedItem } from './fusion.ts';
import { Lexicon } from './lexicon.ts';
import { createPassageWordCache, topicMatcher } from './passage-matches.ts';
import { regionKey } from './regions.ts';
import type { Search, SearchOptions } from './search-types.ts';

export interface HybridSearchDeps {
  passages: readonly Passage[];
  reports: readonly Report[];
  lexical: Bm25Index;
  vectors: VectorIndex;
  embedder: Embedder;
  /** The corpus vocabulary over `lexical`; made here when not shared. */
  lexicon?: Lexicon;
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
export function createHybridSearch(deps: HybridSearchDeps): Search {
  const passagesById = new Map(deps.passages.map((passage) => [passage.id, passage]));
  const reportsById = new Map(deps.reports.map((report) => [report.id, report]));
  const lexicon = deps.lexicon ?? new Lexicon(deps.lexical);
  const wordsOf = createPassageWordCache();
  // A per-region fan-out searches one question once per region: embed it once.
  const queryVectors = new Map<string, Float32Array | undefined>();
  const embedQuery = async (text: string) => {
    if (queryVectors.has(text)) return queryVectors.get(text);
    const [vector] = await deps.embedder.embed([text], 'query');
    if (queryVectors.size >= 256) queryVectors.clear();
    queryVectors.set(text, vector);
    return vector;
  };
  const fusion = deps.fusion ?? defaultFusion(deps.embedder.info.kind);
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
      const vector = await embedQuery(withoutQuestionWords(query) || query);
      const dense = vector ? deps.vectors.search(vector, depth, filter) : [];
      denseList = lists.push(dense.map((item) => ({ id: item.id, score: item.similarity }))) - 1;
      weights.push(fusion.dense);
    }

    // Weights only balance two lists; a list searched alone keeps its plain reciprocal-rank scores.
    const fused = reciprocalRankFusion(lists, { k: fusion.k, weights: lists.length > 1 ? weights : [1] });
    const seenTexts = new Set<number>();
    const ranked: Hit[] = [];
    // Hits at full score; fused is best first, so once k of them are kept no later candidate can enter the
    // top k (the sort is stable: a tie goes to the earlier one). Diversity needs every candidate.
    let fullScore = 0;
    for (const item of fused) {
      if (!options.diverse && fullScore >= k) break;
      const passage = passagesById.get(item.id);
      const report = passage && reportsById.get(passage.reportId);
      if (!passage || !report) continue;
      const textKey = dedupeGroups.of(passage);
      if (seenTexts.has(textKey)) continue;
      seenTexts.add(textKey);
      if (!passage.isAgreementText) fullScore++;
      ranked.push({
        passage,
        report,
        score: item.score * (passage.isAgreementText ? agreementFactor : 1),
        lexicalRank: item.ranks[lexicalList] ?? null,
        denseRank: item.ranks[denseList] ?? null,
      });
    }
    ranked.sort((a, b) => b.score - a.score);

    // Diversity is the caller's decision (the answer plans it once); within a single region it changes nothing.
    const groups = options.diverse ? new Set(ranked.map((hit) => regionKey(hit.report.region))).size : 0;
    const hits = options.diverse && groups > 1
      ? diversifyByGroup(ranked, (hit) => regionKey(hit.report.region), k, {
          minimumPerGroup: 1,
          maximumPerGroup: options.perRegion ?? Math.max(1, Math.ceil(k / 2)),
        })
      : ranked.slice(0, k);

    // Which of the question's topic terms each hit holds, by the one matching rule: read downstream, never judged again.
    const topic = [...new Set(options.topic ?? analyzeTopic(query))].map((term) => lexicon.resolve(term));
    const matchesOf = topicMatcher(topic);
    for (const hit of hits) hit.matches = matchesOf(wordsOf(hit.passage, hit.report));
    return { hits, topic };
  };
}
