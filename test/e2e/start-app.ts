import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/http/create-app.ts';
import { buildSeedIndex, type SeedIndex } from '../support/seed-index.ts';

export interface RunningApp {
  /** Base URL ending in "/", e.g. "http://127.0.0.1:41234/". */
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the real app on the seed corpus: a fresh index built with the offline embedder (the only one
 * this workplace can run) in a temporary folder, so tests never touch or depend on ./index.
 * UTBLICK_E2E_URL points the suite at an already running server instead (handy while developing the page).
 */
export async function startApp(): Promise<RunningApp> {
  const external = process.env.UTBLICK_E2E_URL;
  if (external) return { url: external.endsWith('/') ? external : `${external}/`, close: async () => {} };

  let seed: SeedIndex | undefined;
  let server: Server | undefined;
  try {
    seed = await buildSeedIndex();
    const listening = createServer(createApp(seed.deps));
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
        await seed?.remove();
      },
    };
  } catch (error) {
    server?.close();
    await seed?.remove();
    throw error;
  }
}
