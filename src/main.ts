import cluster from 'node:cluster';
import type { Server } from 'node:http';
import { loadConfig, type Config } from './config.ts';
import { createApp } from './http/create-app.ts';
import { createServices } from './services.ts';
import { startWorkers, workerCount } from './workers.ts';

/** Composition root: config → services (index, embedder, search) → app → listen. */
export async function serve(config: Config): Promise<Server> {
  const deps = await createServices(config);
  if (deps.embedderInfo.kind === 'offline') {
    console.warn(
      `[utblick] OBS: indexet är byggt med reservinbäddningen (${deps.embedderInfo.id}), inte en språkmodell. ` +
        'Sökningen fungerar men semantiska träffar blir sämre; se README om hur en modell installeras.',
    );
  }
  const app = createApp(deps);
  return new Promise((resolve, reject) => {
    const server = app.listen(config.port, config.host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      console.log(`[utblick] lyssnar på http://${config.host}:${port} (${deps.catalog.reports.length} rapporter, ${deps.catalog.passages.length} passager)`);
      resolve(server);
    });
    server.on('error', reject);
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
