import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { SearchFilters } from '../types.ts';
import { latencyOf, type LatencyOptions } from './measure.ts';
import { summarize, type LatencySummary } from './stats.ts';

export interface AskCase {
  question: string;
  filters?: SearchFilters;
}

export interface HttpBenchOptions {
  indexDir: string;
  workers: number;
  /** Latency per kind of question, one request at a time (null: skip). */
  ask: { cases: Record<string, AskCase[]>; latency: LatencyOptions } | null;
  throughput: { cases: AskCase[]; concurrencies: number[]; seconds: number };
  log(message: string): void;
}

export interface ThroughputRow {
  concurrency: number;
  requestsPerSecond: number;
  latency: LatencySummary;
  errors: number;
}

export interface HttpBenchResult {
  workers: number;
  /** From spawning `node src/main.ts` to the first 200 from /readyz: module loading, index, createServices, createApp, listen. */
  readyMs: number;
  /** To every worker listening (the same as readyMs with one worker). */
  allListeningMs: number;
  /** RSS of the primary and each worker after the run (the primary alone holds no index when there are workers). */
  rssBytes: number[];
  ask: Record<string, LatencySummary> | null;
  throughput: ThroughputRow[];
}

const mainFile = fileURLToPath(new URL('../main.ts', import.meta.url));

/** RSS (bytes) of a process and all its descendants, from ps (Linux and macOS). */
function treeRss(root: number): number[] {
  try {
    const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
    const tree = new Set([root]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [pid, ppid] of rows) if (tree.has(ppid) && !tree.has(pid)) tree.add(pid), (grew = true);
    }
    return rows.filter(([pid]) => tree.has(pid)).map(([, , rss]) => rss * 1024);
  } catch {
    return [];
  }
}

async function post(url: string, body: AskCase): Promise<number> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await response.arrayBuffer();
  return response.status;
}

/**
 * The real server as a user starts it (`node --import tsx src/main.ts`, UTBLICK_WORKERS set) over an
 * index folder, measured from outside over HTTP on 127.0.0.1. The load generator runs in this process,
 * so on a 2-core machine it takes CPU from the server: req/s are a lower bound.
 */
export async function runHttpBench(options: HttpBenchOptions): Promise<HttpBenchResult> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', mainFile], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', UTBLICK_INDEX_DIR: options.indexDir, UTBLICK_EMBEDDER: 'offline', UTBLICK_WORKERS: String(options.workers) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`servern lyssnade inte inom 5 min:\n${output}`)), 300_000);
      const check = () => {
        const match = /lyssnar på http:\/\/[^:]+:(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout!.on('data', check);
      child.once('exit', (code) => reject(new Error(`servern avslutades (kod ${code}):\n${output}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    let readyMs = Number.NaN;
    while (Number.isNaN(readyMs)) {
      const response = await fetch(`${base}/readyz`).catch(() => null);
      if (response?.status === 200) readyMs = performance.now() - started;
      else await new Promise((resolve) => setTimeout(resolve, 20));
    }
    while (options.workers > 1 && !output.includes('arbetsprocesser delar porten')) await new Promise((resolve) => setTimeout(resolve, 20));
    const allListeningMs = performance.now() - started;
    options.log(`  ${options.workers} arbetsprocess(er): /readyz efter ${(readyMs / 1000).toFixed(2)} s, alla lyssnar efter ${(allListeningMs / 1000).toFixed(2)} s`);

    const url = `${base}/api/ask`;
    let ask: Record<string, LatencySummary> | null = null;
    if (options.ask) {
      ask = {};
      for (const [kind, cases] of Object.entries(options.ask.cases)) {
        ask[kind] = await latencyOf(cases, (body) => post(url, body), options.ask.latency);
        options.log(`  /api/ask ${kind}: p50 ${ask[kind]!.p50.toFixed(1)} ms, p95 ${ask[kind]!.p95.toFixed(1)} ms`);
      }
    }

    const throughput: ThroughputRow[] = [];
    const { cases } = options.throughput;
    for (const concurrency of options.throughput.concurrencies) {
      // One unmeasured second per level, so every worker has answered a few before timing starts.
      for (const measured of [false, true]) {
        const until = performance.now() + (measured ? options.throughput.seconds * 1000 : 1000);
        const samples: number[] = [];
        let errors = 0;
        let next = 0;
        const loopStarted = performance.now();
        await Promise.all(
          Array.from({ length: concurrency }, async () => {
            while (performance.now() < until) {
              const body = cases[next++ % cases.length]!;
              const sent = performance.now();
              const status = await post(url, body).catch(() => 0);
              samples.push(performance.now() - sent);
              if (status !== 200) errors++;
            }
          }),
        );
        if (!measured) continue;
        const row = { concurrency, requestsPerSecond: (samples.length / (performance.now() - loopStarted)) * 1000, latency: summarize(samples), errors };
        throughput.push(row);
        options.log(`  ${options.workers} arbetsprocess(er), samtidighet ${concurrency}: ${row.requestsPerSecond.toFixed(0)} req/s, p50 ${row.latency.p50.toFixed(1)} ms, fel ${errors}`);
      }
    }
    return { workers: options.workers, readyMs, allListeningMs, rssBytes: treeRss(child.pid!), ask, throughput };
  } finally {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }
}
