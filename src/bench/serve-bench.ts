import type { SearchMode } from '../retrieve/search-types.ts';
import { createServices } from '../services.ts';
import { benchConfig, benchK, searchModes } from './bench-config.ts';
import { latencyOf, peakRssBytes, timed, type LatencyOptions } from './measure.ts';
import type { LatencySummary } from './stats.ts';

export interface ServeBenchOptions {
  indexDir: string;
  queries: readonly string[];
  search: LatencyOptions;
}

export interface ServeBenchResult {
  /** createServices over the written folder: read, parse and load both indexes. */
  loadMs: number;
  search: Record<SearchMode, LatencySummary>;
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
  return { loadMs: loaded.ms, search, rssBeforeLoadBytes, rssAfterLoadBytes, peakRssBytes: peakRssBytes() };
}
