import cluster from 'node:cluster';
import type { Server } from 'node:http';
import { loadConfig, type Config } from './config.ts';
import { allowedHostsNotice, exposureWarning } from './http/access.ts';
import { answerClientErrors } from './http/client-errors.ts';
import { createApp } from './http/create-app.ts';
import { startLiveIndex } from './live-index.ts';
import { startWorkers, workerCount } from './workers.ts';

const logger = {
  warn: (message: string) => console.warn(`[utblick] ${message}`),
  error: (message: string, error?: unknown) => console.error(`[utblick] ${message}`, error instanceof Error && !('code' in error) ? error.stack : ''),
};

/** Composition root: config → live index (services: index, embedder, search; swapped on re-index) → app → listen. */
export async function serve(config: Config): Promise<Server> {
  const live = await startLiveIndex(config, logger);
  const deps = live.holder.current;
  const exposed = exposureWarning(config);
  if (exposed) console.warn(`\n[utblick] ${'!'.repeat(72)}\n[utblick] ${exposed}\n[utblick] ${'!'.repeat(72)}\n`);
  const hosts = allowedHostsNotice(config);
  if (hosts) console.warn(`[utblick] ${hosts}`);
  if (deps.embedderInfo.kind === 'offline') {
    console.warn(
      `[utblick] OBS: indexet är byggt med reservinbäddningen (${deps.embedderInfo.id}), inte en språkmodell. ` +
        'Sökningen fungerar men semantiska träffar blir sämre; se README om hur en modell installeras.',
    );
  }
  const app = createApp(live.holder, { admin: { reload: live.reload } });
  return new Promise((resolve, reject) => {
    const server = app.listen(config.port, config.host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      console.log(`[utblick] lyssnar på http://${config.host}:${port} (${deps.catalog.reports.length} rapporter, ${deps.catalog.passages.length} passager)`);
      resolve(server);
    });
    answerClientErrors(server);
    server.on('error', reject);
    server.on('close', () => live.close());
  });
}

/** Serves in this process, or as the primary of `workerCount` worker processes (which call `serve`). */
export async function serveAll(config: Config): Promise<unknown> {
  const count = workerCount(config);
  if (cluster.isWorker || count <= 1) return serve(config);
  const pool = await startWorkers(count);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void pool.stop().then(() => process.exit(0)));
  return pool;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  serveAll(loadConfig()).catch((error: unknown) => {
    console.error(`[utblick] kunde inte starta: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
