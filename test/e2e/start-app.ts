import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../src/http/create-app.ts';
import { stageCombinedCorpus, type StagedCorpus } from '../../src/ingest/combined-corpus.ts';
import { buildSeedIndex, seedCorpusDir, type SeedIndex } from '../support/seed-index.ts';

export interface RunningApp {
  /** Base URL ending in "/", e.g. "http://127.0.0.1:41234/". */
  url: string;
  close(): Promise<void>;
}

/**
 * The multi-region pages of the evaluation set, read from ../shared at test time and never copied into
 * the repository. Null when the folder is absent (a clone without the shared folder).
 */
export const multiRegionDocs = fileURLToPath(new URL('../../../shared/eval/multi/docs/', import.meta.url));
export const hasMultiRegionDocs = existsSync(multiRegionDocs);

/**
 * Starts the real app on the seed corpus (plus, when given, extra folders staged with it outside the
 * repository): a fresh index built with the offline embedder (the only one this workplace can run) in a
 * temporary folder, so tests never touch or depend on ./index. UTBLICK_E2E_URL points the suite at an
 * already running server instead (handy while developing the page).
 */
export async function startApp(options: { extraCorpus?: string[] } = {}): Promise<RunningApp> {
  const external = process.env.UTBLICK_E2E_URL;
  if (external) return { url: external.endsWith('/') ? external : `${external}/`, close: async () => {} };

  let seed: SeedIndex | undefined;
  let staged: StagedCorpus | undefined;
  let server: Server | undefined;
  try {
    if (options.extraCorpus?.length) staged = await stageCombinedCorpus(seedCorpusDir, options.extraCorpus);
    seed = await buildSeedIndex(staged ? { corpusDir: staged.dir } : {});
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
        await staged?.cleanup();
      },
    };
  } catch (error) {
    server?.close();
    await seed?.remove();
    await staged?.cleanup();
    throw error;
  }
}
