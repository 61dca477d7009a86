import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppDeps } from '../../src/http/create-app.ts';
import type { AdminOptions } from '../../src/http/routes/admin-routes.ts';
import { loadConfig } from '../../src/config.ts';
import { fixtureCatalog, recordingSearch, type RecordingSearch } from '../answer/fixture-catalog.ts';

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
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    calls: recording.calls,
    logged,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
    post: (path, body) =>
      fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) }),
  };
}
