import type { Search } from '../retrieve/search-types.ts';
import type { Bm25Index } from '../store/bm25-index.ts';
import { latencyOf, timed, type LatencyOptions } from './measure.ts';
import { buildMiniSearch, buildOrama, swedishStopWords, type PeerIndex } from './peers.ts';
import type { LatencySummary } from './stats.ts';

/** One contender: build time (null when built elsewhere) and per-query latency for the top k. */
export interface LexicalSide {
  name: string;
  buildMs: number | null;
  query: LatencySummary;
}

/**
 * Utblick's own lexical Search (what /api/search runs: query analysis, BM25, dedupe, answerability)
 * and its BM25 core, against MiniSearch and Orama over the same texts, queries and k. The first side
 * is the product; ratios in the report are peer / product (above 1: the product is faster).
 */
export interface LexicalComparison {
  documents: number;
  k: number;
  sides: LexicalSide[];
}

type Documents = readonly { id: string; text: string }[];

export async function compareLexical(options: {
  documents: Documents;
  queries: readonly string[];
  k: number;
  search: Search;
  core: Bm25Index;
  latency: LatencyOptions;
  /** Query latency options for the peers (slower at 100,000: a time budget). */
  peerLatency: LatencyOptions;
  log(message: string): void;
}): Promise<LexicalComparison> {
  const { queries, k } = options;
  const sides: LexicalSide[] = [];
  sides.push({
    name: 'Utblick Search (lexical)',
    buildMs: null,
    query: await latencyOf(queries, (query) => options.search(query, { k, mode: 'lexical' }), options.latency),
  });
  sides.push({ name: 'Utblick BM25-kärnan', buildMs: null, query: await latencyOf(queries, (query) => options.core.search(query, k).length, options.latency) });
  const stopWords = swedishStopWords();
  const builders: (() => PeerIndex | Promise<PeerIndex>)[] = [() => buildMiniSearch(options.documents, stopWords), () => buildOrama(options.documents, stopWords)];
  for (const build of builders) {
    let built: { ms: number; value: PeerIndex } | null = await timed(build);
    const peer = built.value;
    const query = await latencyOf(queries, (text) => peer.search(text, k), options.peerLatency);
    sides.push({ name: peer.name, buildMs: built.ms, query });
    options.log(`  ${peer.name}: bygge ${built.ms.toFixed(0)} ms, p50 ${query.p50.toFixed(2)} ms`);
    built = null;
  }
  options.log(`  Utblick Search (lexical) p50 ${sides[0]!.query.p50.toFixed(2)} ms, BM25-kärnan ${sides[1]!.query.p50.toFixed(3)} ms`);
  return { documents: options.documents.length, k, sides };
}

/** Peer p50 / product p50 per peer (above 1: the product is faster). */
export function productRatios(comparison: LexicalComparison): { name: string; p50: number }[] {
  const product = comparison.sides[0]!.query.p50;
  return comparison.sides.slice(2).map((side) => ({ name: side.name, p50: side.query.p50 / product }));
}

