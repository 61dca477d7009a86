import { Bm25Index } from '../store/bm25-index.ts';
import { latencyOf, timed, type LatencyOptions } from './measure.ts';
import { buildPeerIndex, searchPeer } from './peer.ts';
import { median, type LatencySummary } from './stats.ts';

/** One side of the comparison: median build time and per-query latency. */
export interface LexicalSide {
  buildMs: number;
  buildRuns: number;
  query: LatencySummary;
}

export interface PeerComparison {
  documents: number;
  /** Our Bm25Index: build = Bm25Index.build, query = index.search(queryString, k), query analysis included. */
  ours: LexicalSide;
  /** MiniSearch with default settings (see peer.ts): query = search(queryString), all matches ranked. */
  peer: LexicalSide;
  /** peer / ours: above 1 means ours is faster. */
  ratio: { build: number; p50: number; p95: number };
  k: number;
}

type Documents = readonly { id: string; text: string }[];

/** Builds our index `buildRuns` times (median), or takes one built and timed by the caller, then times queries. */
export async function benchOurLexical(
  documents: Documents,
  queries: readonly string[],
  options: LatencyOptions & { buildRuns: number; k: number; prebuilt?: { index: Bm25Index; buildMs: number } },
): Promise<{ side: LexicalSide; index: Bm25Index }> {
  const builds: number[] = [];
  let index = options.prebuilt?.index;
  if (options.prebuilt) builds.push(options.prebuilt.buildMs);
  else {
    for (let run = 0; run < options.buildRuns; run++) {
      index = undefined;
      const built = await timed(() => Bm25Index.build(documents));
      builds.push(built.ms);
      index = built.value;
    }
  }
  const ready = index!;
  const query = await latencyOf(queries, (text) => ready.search(text, options.k).length, options);
  return { side: { buildMs: median(builds), buildRuns: builds.length, query }, index: ready };
}

/** The same for MiniSearch; the peer index is dropped afterwards. */
export async function benchPeerLexical(documents: Documents, queries: readonly string[], options: LatencyOptions & { buildRuns: number }): Promise<LexicalSide> {
  const builds: number[] = [];
  let index: ReturnType<typeof buildPeerIndex> | undefined;
  for (let run = 0; run < options.buildRuns; run++) {
    index = undefined;
    const built = await timed(() => buildPeerIndex(documents));
    builds.push(built.ms);
    index = built.value;
  }
  const ready = index!;
  const query = await latencyOf(queries, (text) => searchPeer(ready, text), options);
  return { buildMs: median(builds), buildRuns: builds.length, query };
}

export function peerComparison(documents: number, k: number, ours: LexicalSide, peer: LexicalSide): PeerComparison {
  return {
    documents,
    ours,
    peer,
    ratio: { build: peer.buildMs / ours.buildMs, p50: peer.query.p50 / ours.query.p50, p95: peer.query.p95 / ours.query.p95 },
    k,
  };
}
