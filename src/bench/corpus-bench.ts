import { benchCompare, type CompareBenchResult } from './compare-bench.ts';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Config } from '../config.ts';
import { OfflineEmbedder } from '../embed/offline-embedder.ts';
import { fitOfflineState } from '../embed/offline-state.ts';
import { buildIndex, type BuildIndexResult } from '../ingest/build-index.ts';
import type { SearchMode } from '../retrieve/search-types.ts';
import { benchConfig, benchK, searchModes } from './bench-config.ts';
import { createServices } from '../services.ts';
import { searchTextOf } from '../store/search-text.ts';
import { folderSize, latencyOf, timed, type LatencyOptions } from './measure.ts';
import { Bm25Index } from '../store/bm25-index.ts';
import { compareLexical, type LexicalComparison } from './peer-comparison.ts';
import { median, percentile, summarize, type LatencySummary } from './stats.ts';

export type AppDependencies = Awaited<ReturnType<typeof createServices>>;
/** createApp from src/http, handed in by the script (src/ may not import http/ outside services). */
export type AppFactory = (deps: AppDependencies) => RequestListener;

export interface CorpusBenchOptions {
  corpusDir: string;
  /** A fresh temporary folder; every index and cache of the run goes below it. */
  workDir: string;
  queries: readonly string[];
  ingestRuns: number;
  embedRuns: number;
  search: LatencyOptions;
  ask: { rounds: number; warmupRounds: number; questions: readonly string[] } | null;
  createApp: AppFactory | null;
  log(message: string): void;
}

export interface IngestRun {
  totalMs: number;
  ingestMs: number;
  embedMs: number;
  writeMs: number;
  cachedVectors: number;
  passages: number;
}

export interface IngestStats {
  runs: IngestRun[];
  /** Stage-wise medians (each stage's own median, so they need not add up to totalMs exactly). */
  median: { totalMs: number; ingestMs: number; embedMs: number; writeMs: number };
}

export interface AskStats {
  questions: number;
  rounds: number;
  /** Median over rounds of each round's p50 / p95 over the questions. */
  p50: number;
  p95: number;
  /** All measured requests pooled, for reference. */
  pooled: LatencySummary;
  statuses: Record<string, number>;
  answerable: number;
  refused: number;
}

export interface CorpusBenchResult {
  reports: number;
  passages: number;
  lexicalTerms: number;
  embedderId: string;
  ingest: { cold: IngestStats; warm: IngestStats };
  index: { bytes: number; files: Record<string, number> };
  embedding: { runs: number; passages: number; passagesPerSecond: number; perRunPassagesPerSecond: number[] };
  search: Record<SearchMode, LatencySummary>;
  searchSettings: { queries: number; rounds: number; warmupRounds: number; k: number };
  peer: LexicalComparison;
  ask: AskStats | null;
  /** POST /api/compare: four questions over every region of the corpus. */
  compare: CompareBenchResult | null;
}

function ingestStats(runs: IngestRun[]): IngestStats {
  const of = (key: keyof IngestRun) => median(runs.map((run) => run[key]));
  return { runs, median: { totalMs: of('totalMs'), ingestMs: of('ingestMs'), embedMs: of('embedMs'), writeMs: of('writeMs') } };
}

async function timedBuild(config: Config): Promise<{ run: IngestRun; result: BuildIndexResult }> {
  const { ms, value } = await timed(() => buildIndex(config, { warn: () => {} }));
  return {
    result: value,
    run: { totalMs: ms, ...value.timings, cachedVectors: value.cachedVectors, passages: value.manifest.counts.passages },
  };
}

export async function runCorpusBench(options: CorpusBenchOptions): Promise<CorpusBenchResult> {
  const { log, workDir } = options;

  // 1. Ingest: cold = empty embedding cache each run; warm = the cache of cold run 1, so nothing is embedded.
  const cold: IngestRun[] = [];
  let last: BuildIndexResult | undefined;
  for (let run = 0; run < options.ingestRuns; run++) {
    const folder = path.join(workDir, `ingest-cold-${run}`);
    const { run: measured, result } = await timedBuild(benchConfig({ corpusDir: options.corpusDir, indexDir: path.join(folder, 'index'), cacheDir: path.join(folder, 'cache') }));
    cold.push(measured);
    last = result;
    log(`  ingest kall ${run + 1}/${options.ingestRuns}: ${measured.totalMs.toFixed(0)} ms`);
  }
  const warmConfig = benchConfig({ corpusDir: options.corpusDir, indexDir: path.join(workDir, 'index'), cacheDir: path.join(workDir, 'ingest-cold-0', 'cache') });
  const warm: IngestRun[] = [];
  for (let run = 0; run < options.ingestRuns; run++) {
    const { run: measured, result } = await timedBuild(warmConfig);
    warm.push(measured);
    last = result;
    log(`  ingest varm ${run + 1}/${options.ingestRuns}: ${measured.totalMs.toFixed(0)} ms (${measured.cachedVectors}/${measured.passages} ur cachen)`);
  }
  const built = last!;
  const index = await folderSize(warmConfig.indexDir);

  // 2. Embedding throughput: a fresh embedder per run (empty feature cache), as at ingest.
  const reportsById = new Map(built.ingest.reports.map((report) => [report.id, report]));
  const texts = built.ingest.passages.map((passage) => searchTextOf(passage, reportsById.get(passage.reportId)));
  const state = fitOfflineState(texts, warmConfig.offlineDimension);
  const throughputs: number[] = [];
  for (let run = 0; run < options.embedRuns; run++) {
    const embedder = new OfflineEmbedder(state);
    const { ms } = await timed(() => {
      for (const text of texts) embedder.embedOne(text, 'passage');
    });
    throughputs.push((texts.length / ms) * 1000);
  }
  log(`  inbäddning: ${median(throughputs).toFixed(0)} passager/s`);

  // 3. Search latency through the service's own wiring (createServices over the warm index).
  const services = await createServices(warmConfig);
  const k = benchK;
  const search = {} as Record<SearchMode, LatencySummary>;
  for (const mode of searchModes) {
    search[mode] = await latencyOf(options.queries, (query) => services.search(query, { k, mode }), options.search);
    log(`  sök ${mode}: p50 ${search[mode].p50.toFixed(2)} ms, p95 ${search[mode].p95.toFixed(2)} ms`);
  }

  // 4. Peers: the product's lexical Search and its BM25 core against MiniSearch and Orama, same texts and k.
  const documents = built.ingest.passages.map((passage, number) => ({ id: passage.id, text: texts[number]! }));
  const peer = await compareLexical({
    documents,
    queries: options.queries,
    k,
    search: services.search,
    core: Bm25Index.build(documents),
    latency: options.search,
    peerLatency: options.search,
    log,
  });

  // 5. /api/ask over HTTP.
  const ask = options.ask && options.createApp ? await benchAsk(services, options.createApp, options.ask) : null;
  if (ask) log(`  /api/ask: p50 ${ask.p50.toFixed(1)} ms, p95 ${ask.p95.toFixed(1)} ms`);

  // 6. /api/compare over HTTP: four questions × every region (a matrix as the page asks for it).
  const compare = options.ask && options.createApp
    ? await benchCompare(options.createApp({ ...services, logger: { warn: () => {}, error: () => {} } }), { rounds: Math.max(3, Math.min(options.ask.rounds, 10)), warmupRounds: 1 })
    : null;
  if (compare) log(`  /api/compare (${compare.questions} frågor × ${compare.regions} regioner): p50 ${compare.p50.toFixed(0)} ms, p95 ${compare.p95.toFixed(0)} ms`);

  return {
    reports: built.ingest.reports.length,
    passages: built.ingest.passages.length,
    lexicalTerms: built.manifest.counts.lexicalTerms,
    embedderId: built.manifest.embedder.id,
    ingest: { cold: ingestStats(cold), warm: ingestStats(warm) },
    index,
    embedding: { runs: options.embedRuns, passages: texts.length, passagesPerSecond: median(throughputs), perRunPassagesPerSecond: throughputs },
    search,
    searchSettings: { queries: options.queries.length, rounds: options.search.rounds, warmupRounds: options.search.warmupRounds, k },
    peer,
    ask,
    compare,
  };
}

/**
 * POSTs every question to /api/ask on a real listening server (127.0.0.1, a free port), one at a
 * time, as a client would; latency is client-observed (request sent → JSON body parsed).
 */
export async function benchAsk(
  services: AppDependencies,
  createApp: AppFactory,
  options: { rounds: number; warmupRounds: number; questions: readonly string[] },
): Promise<AskStats> {
  const quiet = { ...services, logger: { warn: () => {}, error: () => {} } };
  const server = createServer(createApp(quiet));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/api/ask`;
  const statuses: Record<string, number> = {};
  let answerable = 0;
  let refused = 0;
  const ask = async (question: string, record: boolean): Promise<number> => {
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
    const body = (await response.json()) as { answerable?: boolean };
    const ms = performance.now() - started;
    if (record) {
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (body.answerable === true) answerable++;
      else if (body.answerable === false) refused++;
    }
    return ms;
  };
  try {
    for (let round = 0; round < options.warmupRounds; round++) for (const question of options.questions) await ask(question, false);
    const roundP50: number[] = [];
    const roundP95: number[] = [];
    const all: number[] = [];
    for (let round = 0; round < options.rounds; round++) {
      const samples: number[] = [];
      for (const question of options.questions) samples.push(await ask(question, true));
      roundP50.push(percentile(samples, 50));
      roundP95.push(percentile(samples, 95));
      all.push(...samples);
    }
    return {
      questions: options.questions.length,
      rounds: options.rounds,
      p50: median(roundP50),
      p95: median(roundP95),
      pooled: summarize(all),
      statuses,
      answerable,
      refused,
    };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
