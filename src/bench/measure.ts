import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { summarize, type LatencySummary } from './stats.ts';

/** Wall time of one call, in milliseconds (performance.now, sub-millisecond resolution). */
export async function timed<T>(run: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

export interface LatencyOptions {
  /** Passes over all inputs before measuring (JIT, caches, lazily built tables). */
  warmupRounds: number;
  /** Measured passes over all inputs; every call is one sample. */
  rounds: number;
  /** Stop starting new measured passes once this much time has gone by (at least one pass is made). */
  budgetMs?: number;
  /** Warm up on only the first this many inputs (for slow calls, e.g. MiniSearch at 100k). */
  warmupLimit?: number;
}

/**
 * Per-call latency of `run` over the inputs, sequentially, in a fixed order, `rounds` times after
 * `warmupRounds` unmeasured passes (fewer measured passes when `budgetMs` runs out). A synchronous
 * `run` is not awaited, so sync and async code are timed alike (no extra microtask turn for the sync one).
 */
export async function latencyOf<I>(inputs: readonly I[], run: (input: I) => unknown, options: LatencyOptions): Promise<LatencySummary> {
  const warmupInputs = inputs.slice(0, options.warmupLimit ?? inputs.length);
  for (let round = 0; round < options.warmupRounds; round++) {
    for (const input of warmupInputs) {
      const result = run(input);
      if (result instanceof Promise) await result;
    }
  }
  const samples: number[] = [];
  const started = performance.now();
  for (let round = 0; round < options.rounds; round++) {
    if (round > 0 && options.budgetMs !== undefined && performance.now() - started > options.budgetMs) break;
    for (const input of inputs) {
      const callStarted = performance.now();
      const result = run(input);
      if (result instanceof Promise) await result;
      samples.push(performance.now() - callStarted);
    }
  }
  return summarize(samples);
}

/** Process RSS high-water mark so far, in bytes (resourceUsage reports KB). */
export function peakRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/** Lets the collector run when node was started with --expose-gc; otherwise does nothing. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Total size of the regular files under a folder, with per-file sizes (paths relative to it). */
export async function folderSize(directory: string): Promise<{ bytes: number; files: Record<string, number> }> {
  const files: Record<string, number> = {};
  let bytes = 0;
  for (const entry of await readdir(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const size = (await stat(full)).size;
    files[path.relative(directory, full)] = size;
    bytes += size;
  }
  return { bytes, files };
}
