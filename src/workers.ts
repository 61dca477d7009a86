import cluster, { type Worker } from 'node:cluster';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.ts';

/** Workers actually started: the setting, or one per core (at most 4) when it is 0. */
export function workerCount(config: Pick<Config, 'workers'>, cores = os.availableParallelism()): number {
  return config.workers > 0 ? config.workers : Math.max(1, Math.min(cores, 4));
}

export interface WorkerPool {
  pids(): number[];
  stop(): Promise<void>;
}

/**
 * The primary of a node:cluster: forks `count` processes that each run src/main.ts (read config,
 * load the index, listen; the port is shared and connections are spread over them). Resolves once
 * every worker listens; rejects, stopping the rest, when one dies before that (a missing index fails
 * the same way in every worker). A worker that dies later is replaced.
 */
export function startWorkers(count: number, log: (message: string) => void = console.log): Promise<WorkerPool> {
  cluster.setupPrimary({ exec: fileURLToPath(new URL('./main.ts', import.meta.url)) });
  let stopping = false;
  const listening = new Set<Worker>();
  const stop = async (): Promise<void> => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.kill('SIGTERM');
          }),
      ),
    );
  };
  const pool: WorkerPool = {
    pids: () => [...listening].map((worker) => worker.process.pid!).filter((pid) => pid !== undefined),
    stop,
  };
  return new Promise((resolve, reject) => {
    const fork = (): void => {
      const worker = cluster.fork();
      worker.once('listening', () => {
        listening.add(worker);
        if (listening.size === count) {
          log(`[utblick] ${count} arbetsprocesser delar porten (UTBLICK_WORKERS)`);
          resolve(pool);
        }
      });
      worker.once('exit', (code, signal) => {
        const wasListening = listening.delete(worker);
        if (stopping) return;
        if (!wasListening) {
          void stop().then(() => reject(new Error(`en arbetsprocess avslutades innan den lyssnade (kod ${code ?? signal})`)));
          return;
        }
        log(`[utblick] arbetsprocess ${worker.process.pid} avslutades (${code ?? signal}); startar en ny`);
        fork();
      });
    };
    for (let started = 0; started < count; started++) fork();
  });
}
