import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config.ts';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { createServices } from '../../src/services.ts';
import { createApp } from '../../src/http/create-app.ts';

export interface RunningApp {
  /** Base URL ending in "/", e.g. "http://127.0.0.1:41234/". */
  url: string;
  close(): Promise<void>;
}

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Starts the real app on the seed corpus: a fresh index built with the offline embedder (the only one
 * this workplace can run) in a temporary folder, so tests never touch or depend on ./index.
 * UTBLICK_E2E_URL points the suite at an already running server instead (handy while developing the page).
 */
export async function startApp(): Promise<RunningApp> {
  const external = process.env.UTBLICK_E2E_URL;
  if (external) return { url: external.endsWith('/') ? external : `${external}/`, close: async () => {} };

  // One parent folder: the atomic index swap writes siblings of indexDir (.tmp-…, .previous), and they go too.
  const workFolder = await mkdtemp(path.join(tmpdir(), 'utblick-e2e-'));
  const indexDir = path.join(workFolder, 'index');
  const cacheDir = path.join(workFolder, 'cache');
  const removeTemporaryFolders = () => rm(workFolder, { recursive: true, force: true });
  let server: Server | undefined;
  try {
    const config = loadConfig({}, { embedder: 'offline', corpusDir: path.join(repositoryRoot, 'corpus'), indexDir, cacheDir });
    await buildIndex(config);
    const deps = await createServices(config);
    const listening = createServer(createApp(deps));
    server = listening;
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject);
      listening.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = listening.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}/`,
      async close() {
        // The browser keeps connections alive; without closing them server.close() would wait for them.
        listening.closeAllConnections();
        await new Promise<void>((resolve) => listening.close(() => resolve()));
        await removeTemporaryFolders();
      },
    };
  } catch (error) {
    server?.close();
    await removeTemporaryFolders();
    throw error;
  }
}
