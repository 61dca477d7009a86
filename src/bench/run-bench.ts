import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { benchConfig } from './bench-config.ts';
import { runCorpusBench, type AppFactory, type CorpusBenchResult } from './corpus-bench.ts';
import { ingestCorpus } from '../ingest/ingest-corpus.ts';
import { peakRssBytes } from './measure.ts';
import { benchQueries } from './queries.ts';
import { runInChild } from './child.ts';
import type { ScaleBenchResult } from './scale-bench.ts';
import type { ServeBenchResult } from './serve-bench.ts';

export interface BenchOptions {
  quick: boolean;
  corpusDir: string;
  /** Synthetic passages; default 100 000 (10 000 with quick). */
  syntheticCount?: number;
  /** HNSW efConstruction for the synthetic index; default the config default. */
  efConstruction?: number;
  seed: number;
  /** Keep the temporary folder (for looking at the written indexes). */
  keep: boolean;
  createApp: AppFactory | null;
  log(message: string): void;
}

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  totalMemoryBytes: number;
  platform: string;
  node: string;
  loadAverage: number[];
}

export interface BenchResult {
  startedAt: string;
  durationMs: number;
  mode: 'quick' | 'full';
  machine: MachineInfo;
  settings: { ingestRuns: number; embedRuns: number; searchRounds: number; warmupRounds: number; askRounds: number; syntheticCount: number; seed: number };
  corpus: CorpusBenchResult;
  scale: ScaleBenchResult;
  /** The synthetic index loaded from disk by createServices, as the service would, in its own process. */
  scaleServe: ServeBenchResult;
  /** maxRSS of the main process (the corpus stages; the synthetic ones run in child processes). */
  peakRssBytes: number;
  targets: { name: string; target: string; actual: string; met: boolean }[];
}

function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpus: os.availableParallelism?.() ?? cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'okänd',
    totalMemoryBytes: os.totalmem(),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

/**
 * The whole benchmark. Everything is built in a fresh temporary folder (never ./index or ./.cache)
 * with the offline embedder, and the folder is removed afterwards unless `keep` is set.
 */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const machine = machineInfo();
  const full = !options.quick;
  const settings = {
    ingestRuns: full ? 3 : 1,
    embedRuns: full ? 7 : 3,
    searchRounds: full ? 30 : 5,
    scaleRounds: full ? 10 : 3,
    warmupRounds: full ? 2 : 1,
    askRounds: full ? 5 : 2,
    peerBuildRuns: full ? 5 : 2,
    syntheticCount: options.syntheticCount ?? (full ? 100_000 : 10_000),
    seed: options.seed,
  };
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'utblick-bench-'));
  options.log(`Arbetsmapp: ${workDir}`);
  try {
    options.log('Korpusen …');
    const corpus = await runCorpusBench({
      corpusDir: options.corpusDir,
      workDir,
      queries: benchQueries,
      ingestRuns: settings.ingestRuns,
      embedRuns: settings.embedRuns,
      search: { rounds: settings.searchRounds, warmupRounds: settings.warmupRounds },
      peerBuildRuns: settings.peerBuildRuns,
      ask: { rounds: settings.askRounds, warmupRounds: 1, questions: benchQueries },
      createApp: options.createApp,
      log: options.log,
    });

    const mainPeakRss = peakRssBytes();
    options.log(`Syntetisk korpus, ${settings.syntheticCount} passager (egen process) …`);
    const config = benchConfig({});
    const source = await ingestCorpus(options.corpusDir);
    const indexDir = path.join(workDir, 'scale-index');
    const scaleSearch = { rounds: settings.scaleRounds, warmupRounds: settings.warmupRounds };
    const scale = await runInChild<ScaleBenchResult>({
      stage: 'build',
      options: {
        source: { passages: source.passages, themes: source.themes },
        count: settings.syntheticCount,
        seed: settings.seed,
        dimension: config.offlineDimension,
        hnsw: { m: config.hnswM, efConstruction: options.efConstruction ?? config.hnswEfConstruction, efSearch: config.hnswEfSearch },
        queries: benchQueries,
        search: scaleSearch,
        peerSearch: { rounds: settings.scaleRounds, warmupRounds: 1, warmupLimit: 5, budgetMs: full ? 30_000 : 10_000 },
        indexDir,
      },
    });
    options.log('Det syntetiska indexet inläst som i tjänsten (egen process) …');
    const scaleServe = await runInChild<ServeBenchResult>({ stage: 'serve', options: { indexDir, queries: benchQueries, search: scaleSearch } });

    const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
    const size = scale.passages.toLocaleString('sv-SE');
    const targets = [
      { name: `hybrid p95 vid ${size} passager`, target: '≤ 30 ms', actual: `${scale.search.hybrid.p95.toFixed(2)} ms`, met: scale.search.hybrid.p95 <= 30 },
      { name: `hybrid p95 vid ${size}, index inläst från disk`, target: '≤ 30 ms', actual: `${scaleServe.search.hybrid.p95.toFixed(2)} ms`, met: scaleServe.search.hybrid.p95 <= 30 },
      { name: `topp-RSS bygge + sök ${size} passager`, target: '≤ 1536 MB', actual: mb(scale.memory.peakRssBytes), met: scale.memory.peakRssBytes <= 1.5 * 1024 ** 3 },
      { name: `topp-RSS tjänst med ${size}-index`, target: '≤ 1536 MB', actual: mb(scaleServe.peakRssBytes), met: scaleServe.peakRssBytes <= 1.5 * 1024 ** 3 },
      { name: 'lexikal p50 snabbare än MiniSearch (korpus)', target: 'kvot > 1', actual: `${corpus.peer.ratio.p50.toFixed(1)}×`, met: corpus.peer.ratio.p50 > 1 },
      { name: `lexikal p50 snabbare än MiniSearch (${size})`, target: 'kvot > 1', actual: `${scale.peer.ratio.p50.toFixed(1)}×`, met: scale.peer.ratio.p50 > 1 },
      { name: 'varm ingest bäddar inte in något', target: 'alla ur cachen', actual: corpus.ingest.warm.runs.every((run) => run.cachedVectors === run.passages) ? 'alla ur cachen' : 'bäddade in', met: corpus.ingest.warm.runs.every((run) => run.cachedVectors === run.passages) },
    ];
    return {
      startedAt,
      durationMs: performance.now() - started,
      mode: full ? 'full' : 'quick',
      machine,
      settings: {
        ingestRuns: settings.ingestRuns,
        embedRuns: settings.embedRuns,
        searchRounds: settings.searchRounds,
        warmupRounds: settings.warmupRounds,
        askRounds: settings.askRounds,
        syntheticCount: settings.syntheticCount,
        seed: settings.seed,
      },
      corpus,
      scale,
      scaleServe,
      peakRssBytes: mainPeakRss,
      targets,
    };
  } finally {
    if (options.keep) options.log(`Arbetsmappen behålls: ${workDir}`);
    else await rm(workDir, { recursive: true, force: true });
  }
}
