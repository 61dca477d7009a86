import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { percentile, summarize, type LatencySummary } from './stats.ts';

/** Four questions of our own wording: what a meeting asks every region about one area. */
export const compareBenchQuestions = [
  'Hur arbetar regionen med fast läkarkontakt?',
  'Vilka resultat redovisas för mobila team?',
  'Hur samverkar regionen med kommunerna om hemsjukvård?',
  'Vad planeras för digitala vårdbesök?',
] as const;

export interface CompareBenchResult {
  regions: number;
  questions: number;
  rounds: number;
  /** Median over rounds of each round's p50 / p95 (one request per round and column set). */
  p50: number;
  p95: number;
  pooled: LatencySummary;
  /** Cells by state in the last response, to see that the matrix was real work. */
  states: Record<string, number>;
}

/**
 * POST /api/compare with four questions over every region in the index, as a client would: a real
 * listening server on 127.0.0.1, client-observed latency (request sent → JSON parsed), one at a time.
 */
export async function benchCompare(handler: RequestListener, options: { rounds: number; warmupRounds: number }): Promise<CompareBenchResult> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const body = JSON.stringify({ questions: compareBenchQuestions });
  let last: { rows: { cells: { state: string }[] }[] } = { rows: [] };
  const once = async (): Promise<number> => {
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/api/compare`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const parsed = (await response.json()) as typeof last;
    const ms = performance.now() - started;
    if (!response.ok) throw new Error(`POST /api/compare svarade ${response.status}: ${JSON.stringify(parsed)}`);
    last = parsed;
    return ms;
  };
  try {
    for (let round = 0; round < options.warmupRounds; round++) await once();
    const samples: number[] = [];
    for (let round = 0; round < options.rounds; round++) samples.push(await once());
    const states: Record<string, number> = {};
    for (const row of last.rows) for (const cell of row.cells) states[cell.state] = (states[cell.state] ?? 0) + 1;
    return { regions: last.rows.length, questions: compareBenchQuestions.length, rounds: options.rounds, p50: percentile(samples, 50), p95: percentile(samples, 95), pooled: summarize(samples), states };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
