import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Config } from '../../src/config.ts';
import { stageCombinedCorpus } from '../../src/ingest/combined-corpus.ts';
import { seedCorpusDir, serveSeedIndex } from '../support/seed-index.ts';

export interface RunningApp {
  /** Base URL ending in "/", e.g. "http://127.0.0.1:41234/". */
  url: string;
  close(): Promise<void>;
}

export interface StartAppOptions {
  /** Folders ingested with the seed corpus, staged together outside the repository. */
  extraCorpus?: string[];
  /** Settings for this app (an API key, say); such an app is always started here, never taken from UTBLICK_E2E_URL. */
  config?: Partial<Config>;
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
export async function startApp(options: StartAppOptions = {}): Promise<RunningApp> {
  const external = process.env.UTBLICK_E2E_URL;
  if (external && !options.config) return { url: external.endsWith('/') ? external : `${external}/`, close: async () => {} };

  const staged = options.extraCorpus?.length ? await stageCombinedCorpus(seedCorpusDir, options.extraCorpus) : undefined;
  try {
    const serving = await serveSeedIndex({ ...options.config, ...(staged ? { corpusDir: staged.dir } : {}) });
    return {
      url: `${serving.baseUrl}/`,
      async close() {
        await serving.close();
        await staged?.cleanup();
      },
    };
  } catch (error) {
    await staged?.cleanup();
    throw error;
  }
}
