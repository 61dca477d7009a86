import type { SearchMode } from '../retrieve/search-types.ts';
import { createServices } from '../services.ts';
import { benchConfig, benchK, searchModes } from './bench-config.ts';
import { latencyOf, peakRssBytes, timed, type LatencyOptions } from './measure.ts';
import { summarize, type LatencySummary } from './stats.ts';
import { swedishRegions } from './synthetic-corpus.ts';

export interface ServeBenchOptions {
  indexDir: string;
  queries: readonly string[];
  search: LatencyOptions;
}

export interface ServeBenchResult {
  /** createServices over the written folder: read, parse and load both indexes. */
  loadMs: number;
  search: Record<SearchMode, LatencySummary>;
  /** Hybrid, k 10, filtered to one region (query i, region i mod 21), against search.hybrid unfiltered. */
  regionFiltered: LatencySummary;
  /** One question searched once per region, 21 region-filtered hybrid searches in a row (k 10 each): time per question. */
  fanOut: LatencySummary;
  /** RSS with the modules loaded but no index yet (Node, tsx, services' imports incl. transformers.js/onnxruntime). */
  rssBeforeLoadBytes: number;
  rssAfterLoadBytes: number;
  /** maxRSS of the serving process (load + searches). */
  peakRssBytes: number;
}

/** What the service needs at this size: createServices over the written folder, then searches (own process). */
export async function runServeBench(options: ServeBenchOptions & { log(message: string): void }): Promise<ServeBenchResult> {
  const rssBeforeLoadBytes = process.memoryUsage().rss;
  const loaded = await timed(() => createServices(benchConfig({ indexDir: options.indexDir })));
  const rssAfterLoadBytes = process.memoryUsage().rss;
  options.log(`  createServices: ${loaded.ms.toFixed(0)} ms, RSS ${(rssAfterLoadBytes / 1024 ** 2).toFixed(0)} MB`);
  const search = {} as Record<SearchMode, LatencySummary>;
  for (const mode of searchModes) {
    search[mode] = await latencyOf(options.queries, (query) => loaded.value.search(query, { k: benchK, mode }), options.search);
    options.log(`  sök ${mode} (inläst index): p50 ${search[mode].p50.toFixed(2)} ms, p95 ${search[mode].p95.toFixed(2)} ms`);
  }
  const search_ = loaded.value.search;
  const numbers = options.queries.map((_, number) => number);
  const regionFiltered = await latencyOf(
    numbers,
    (number) => search_(options.queries[number]!, { k: benchK, filters: { regions: [swedishRegions[number % swedishRegions.length]!] } }),
    options.search,
  );
  options.log(`  sök hybrid med regionfilter: p50 ${regionFiltered.p50.toFixed(2)} ms (ofiltrerat ${search.hybrid.p50.toFixed(2)} ms)`);
  const fanOutSamples: number[] = [];
  const fanOutRounds = Math.max(1, Math.ceil(options.search.rounds / 3));
  for (let round = 0; round < fanOutRounds + 1; round++) {
    for (const query of options.queries) {
      const started = performance.now();
      for (const region of swedishRegions) await search_(query, { k: benchK, filters: { regions: [region] } });
      if (round > 0) fanOutSamples.push(performance.now() - started);
    }
  }
  const fanOut = summarize(fanOutSamples);
  options.log(`  ${swedishRegions.length} regionsökningar per fråga: p50 ${fanOut.p50.toFixed(1)} ms`);
  return { loadMs: loaded.ms, search, regionFiltered, fanOut, rssBeforeLoadBytes, rssAfterLoadBytes, peakRssBytes: peakRssBytes() };
}
