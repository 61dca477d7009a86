import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ScaleBenchOptions } from './scale-bench.ts';
import type { ServeBenchOptions } from './serve-bench.ts';

/** What a child process is asked to run (plain data: it crosses the IPC channel). */
export type StageRequest = { stage: 'build'; options: ScaleBenchOptions } | { stage: 'serve'; options: ServeBenchOptions };

/**
 * Runs one bench stage in a fresh Node process, so that its memory high-water mark (maxRSS) is its
 * own and not the parent's, and so the parent's heap does not slow it down. The child is
 * src/bench/stage-worker.ts, started with the parent's execArgv (tsx's loader) plus --expose-gc (the
 * stages collect garbage between steps, never inside a timed one); the request and the result go
 * over the IPC channel, the child's log lines to the shared stderr.
 */
export function runInChild<Result>(request: StageRequest): Promise<Result> {
  const worker = fileURLToPath(new URL('./stage-worker.ts', import.meta.url));
  return new Promise<Result>((resolve, reject) => {
    const child = fork(worker, [], { execArgv: [...process.execArgv, '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
    let settled = false;
    child.on('message', (message: { ok: true; result: Result } | { ok: false; error: string }) => {
      settled = true;
      if (message.ok) resolve(message.result);
      else reject(new Error(`bench-steget misslyckades i underprocessen: ${message.error}`));
    });
    child.on('error', (error) => {
      if (!settled) reject(error);
      settled = true;
    });
    child.on('exit', (code, signal) => {
      if (!settled) reject(new Error(`bench-underprocessen avslutades utan resultat (kod ${code}, signal ${signal})`));
      settled = true;
    });
    child.send(request);
  });
}
