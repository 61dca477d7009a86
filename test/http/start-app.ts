import { afterAll, beforeAll } from 'vitest';
import { createApp, type AppDeps } from '../../src/http/create-app.ts';
import type { AdminOptions } from '../../src/http/routes/admin-routes.ts';
import { loadConfig } from '../../src/config.ts';
import { fixtureCatalog, recordingSearch, type RecordingSearch } from '../answer/fixture-catalog.ts';
import { listen } from '../support/serve.ts';

export interface RunningApp {
  baseUrl: string;
  calls: RecordingSearch['calls'];
  logged: string[];
  close(): Promise<void>;
  post(path: string, body: unknown): Promise<Response>;
}

/** The real app on a real port, with the fixture catalog and a recording fake search. */
export async function startApp(overrides: Partial<AppDeps> = {}, admin?: AdminOptions): Promise<RunningApp> {
  const catalog = fixtureCatalog();
  const recording = recordingSearch(catalog);
  const logged: string[] = [];
  const app = createApp({
    config: loadConfig({}, { bodyLimit: '10kb' }),
    catalog,
    search: recording.search,
    embedderInfo: { id: 'offline:ngram-hash-v1', kind: 'offline', model: null, dimension: 512 },
    logger: { warn: (message) => logged.push(message), error: (message) => logged.push(message) },
    ...overrides,
  }, admin ? { admin } : {});
  const { baseUrl, close } = await listen(app);
  return {
    baseUrl,
    calls: recording.calls,
    logged,
    close,
    post: (path, body) =>
      fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) }),
  };
}

/** The app of startApp() for every test of the calling file: started before the first, closed after the last. */
export function useApp(): RunningApp {
  const app = {} as RunningApp;
  beforeAll(async () => {
    Object.assign(app, await startApp());
  });
  afterAll(async () => {
    if ('close' in app) await app.close();
  });
  return app;
}
