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
import { runHttpBench, type AskCase, type HttpBenchResult } from './http-bench.ts';
import { runPdfBench, type PdfBenchResult } from './pdf-bench.ts';
import { productRatios } from './peer-comparison.ts';
import { swedishRegions } from './synthetic-corpus.ts';

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
  /** The server started as users start it, over the synthetic index, with 1 and with 2 workers. */
  http: HttpBenchResult[];
  pdf: PdfBenchResult;
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
    pdfPages: full ? 224 : 40,
    pdfRuns: full ? 3 : 1,
    httpSeconds: full ? 5 : 2,
    concurrencies: full ? [1, 4, 8] : [1, 4],
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

    options.log('PDF-ingest …');
    const pdf = await runPdfBench({ corpusDir: options.corpusDir, pages: settings.pdfPages, runs: settings.pdfRuns, log: options.log });

    options.log('Servern som användare startar den, över det syntetiska indexet …');
    const cases = askCases();
    const http: HttpBenchResult[] = [];
    for (const workers of [1, 2]) {
      http.push(
        await runHttpBench({
          indexDir,
          workers,
          ask: workers === 1 ? { cases, latency: { rounds: settings.askRounds, warmupRounds: 1 } } : null,
          throughput: { cases: [...cases['regionsnamn']!, ...cases['utan region']!], concurrencies: settings.concurrencies, seconds: settings.httpSeconds },
          log: options.log,
        }),
      );
    }

    const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
    const size = scale.passages.toLocaleString('sv-SE');
    const single = http[0]!;
    const bestRate = (result: HttpBenchResult | undefined) => Math.max(0, ...(result?.throughput ?? []).map((row) => row.requestsPerSecond));
    const peerTargets = (label: string, comparison: typeof corpus.peer) =>
      productRatios(comparison).map((ratio) => ({
        name: `lexikal Search p50 snabbare än ${ratio.name.split(' ')[0]} (${label})`,
        target: 'kvot > 1',
        actual: `${ratio.p50.toFixed(1)}×`,
        met: ratio.p50 > 1,
      }));
    const recall = scale.efSweep[0]?.recallAt10 ?? 0;
    const targets = [
      ...peerTargets('korpus', corpus.peer),
      ...peerTargets(size, scale.peer),
      { name: `hybrid p50 vid ${size}, index inläst från disk`, target: '≤ 5 ms', actual: `${scaleServe.search.hybrid.p50.toFixed(2)} ms`, met: scaleServe.search.hybrid.p50 <= 5 },
      {
        name: `regionfiltrerad hybrid / ofiltrerad p50 (${size})`,
        target: '≤ 2×',
        actual: `${(scaleServe.regionFiltered.p50 / scaleServe.search.hybrid.p50).toFixed(2)}×`,
        met: scaleServe.regionFiltered.p50 <= 2 * scaleServe.search.hybrid.p50,
      },
      { name: `${swedishRegions.length} regionsökningar per fråga p50 (${size})`, target: '≤ 50 ms', actual: `${scaleServe.fanOut.p50.toFixed(1)} ms`, met: scaleServe.fanOut.p50 <= 50 },
      {
        name: `/api/ask med regionsnamn p50 (${size})`,
        target: '≤ 30 ms',
        actual: `${single.ask?.['regionsnamn']?.p50.toFixed(1) ?? '–'} ms`,
        met: (single.ask?.['regionsnamn']?.p50 ?? Infinity) <= 30,
      },
      { name: `/api/ask req/s, 2 arbetsprocesser (${size})`, target: '≥ 60', actual: bestRate(http[1]).toFixed(0), met: bestRate(http[1]) >= 60 },
      { name: `tid till /readyz (${size})`, target: '≤ 5 s', actual: `${(single.readyMs / 1000).toFixed(2)} s`, met: single.readyMs <= 5000 },
      { name: 'PDF-ingest hela vägen', target: '≥ 100 sidor/s', actual: `${pdf.ingestPagesPerSecond.toFixed(0)} sidor/s`, met: pdf.ingestPagesPerSecond >= 100 },
      { name: `HNSW recall@10 vid ${size} (efSearch ${scale.hnsw.efSearch})`, target: '≥ 0,95', actual: recall.toFixed(3), met: recall >= 0.95 },
      { name: `hybrid p95 vid ${size} passager`, target: '≤ 30 ms', actual: `${scale.search.hybrid.p95.toFixed(2)} ms`, met: scale.search.hybrid.p95 <= 30 },
      { name: `hybrid p95 vid ${size}, index inläst från disk`, target: '≤ 30 ms', actual: `${scaleServe.search.hybrid.p95.toFixed(2)} ms`, met: scaleServe.search.hybrid.p95 <= 30 },
      { name: `topp-RSS bygge + sök ${size} passager`, target: '≤ 1536 MB', actual: mb(scale.memory.peakRssBytes), met: scale.memory.peakRssBytes <= 1.5 * 1024 ** 3 },
      { name: `topp-RSS tjänst med ${size}-index`, target: '≤ 1536 MB', actual: mb(scaleServe.peakRssBytes), met: scaleServe.peakRssBytes <= 1.5 * 1024 ** 3 },
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
      http,
      pdf,
      peakRssBytes: mainPeakRss,
      targets,
    };
  } finally {
    if (options.keep) options.log(`Arbetsmappen behålls: ${workDir}`);
    else await rm(workDir, { recursive: true, force: true });
  }
}

/** Questions for /api/ask at scale: naming a region (the answer narrows to it), with a region filter, and plain. */
function askCases(): Record<string, AskCase[]> {
  const templates = [
    'Hur arbetar {r} med fast läkarkontakt?',
    'Vilka mobila team har {r}?',
    'Hur använder {r} digitala vårdbesök?',
    'Vad gör {r} för att minska undvikbar slutenvård?',
    'Hur samverkar {r} med kommunerna vid utskrivning?',
    'Hur löser {r} kompetensförsörjningen av distriktssköterskor?',
  ];
  const regionNaming = templates.flatMap((template, number) =>
    [0, 7].map((offset) => ({ question: template.replace('{r}', swedishRegions[(number * 3 + offset) % swedishRegions.length]!) })),
  );
  const plain = benchQueries.slice(0, 12).map((question) => ({ question }));
  const filtered = plain.map((entry, number) => ({ ...entry, filters: { regions: [swedishRegions[number % swedishRegions.length]!] } }));
  return { regionsnamn: regionNaming, regionfilter: filtered, 'utan region': plain };
}
