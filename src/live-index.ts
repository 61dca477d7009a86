import { watch, type FSWatcher } from 'node:fs';
import { stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from './config.ts';
import { isAppError } from './errors.ts';
import type { AppDeps, AppLogger } from './http/app-deps.ts';
import { DepsHolder, type ReloadOutcome } from './http/deps-holder.ts';
import { createServices } from './services.ts';

export interface LiveIndex {
  holder: DepsHolder;
  /**
   * Loads the index on disk beside the current one and swaps it in; the old one stays when the load
   * fails. Other processes serving the same folder follow (see reloadAll).
   */
  reload(reason: string): Promise<ReloadOutcome>;
  close(): void;
}

/** Identity of the manifest on disk; ingest writes a new folder, so a new index means a new inode and mtime. */
async function manifestIdentity(indexDir: string): Promise<string | null> {
  try {
    const info = await stat(path.join(indexDir, 'manifest.json'));
    return `${info.ino}:${info.size}:${info.mtimeMs}`;
  } catch {
    // Missing for a moment while ingest swaps folders; the next look finds the new one.
    return null;
  }
}

/**
 * The served index, kept fresh while the server runs: a changed manifest (fs.watch on the index's
 * parent folder, where ingest renames the new folder in, plus a poll for file systems where watching
 * misses events) or an explicit reload loads the new index beside the old one; only a complete,
 * verified load is swapped in. Reloads run one at a time. Each process (cluster worker) has its own.
 */
export async function startLiveIndex(config: Config, logger: AppLogger, load: (config: Config) => Promise<AppDeps> = createServices): Promise<LiveIndex> {
  let loadedIdentity = await manifestIdentity(config.indexDir);
  const holder = new DepsHolder(await load(config));
  let attemptedIdentity = loadedIdentity;
  let running: Promise<ReloadOutcome> = Promise.resolve(outcome(false, 'start'));

  function outcome(reloaded: boolean, reason: string): ReloadOutcome {
    const { catalog, indexBuiltAt } = holder.current;
    return { reloaded, generation: holder.generation, passages: catalog.passages.length, reports: catalog.reports.length, builtAt: indexBuiltAt ?? null, reason };
  }

  async function loadAndSwap(reason: string): Promise<ReloadOutcome> {
    const identity = await manifestIdentity(config.indexDir);
    attemptedIdentity = identity;
    const started = performance.now();
    try {
      const deps = await load(config);
      holder.swap(deps);
      loadedIdentity = identity;
      const ms = Math.round(performance.now() - started);
      logger.warn(`nytt index i bruk (${reason}): ${deps.catalog.reports.length} rapporter, ${deps.catalog.passages.length} passager, laddat på ${ms} ms`);
      return outcome(true, reason);
    } catch (error) {
      logger.error(`det nya indexet kunde inte laddas (${reason}); det gamla används fortfarande: ${isAppError(error) ? error.message : String(error)}`, error);
      throw error;
    }
  }

  const reload = (reason: string): Promise<ReloadOutcome> => {
    running = running.catch(() => undefined).then(() => loadAndSwap(reason));
    return running;
  };

  /**
   * A reload asked of one process (a request reaches one cluster worker) is passed on to the others
   * through the manifest's mtime, which their watch or poll notices; the content is not touched.
   */
  const reloadAll = async (reason: string): Promise<ReloadOutcome> => {
    const result = await reload(reason);
    touching = true;
    try {
      const now = new Date();
      await utimes(path.join(config.indexDir, 'manifest.json'), now, now);
      loadedIdentity = attemptedIdentity = await manifestIdentity(config.indexDir);
    } catch {
      // A read-only index folder: the other processes keep their index until the next re-index.
    } finally {
      touching = false;
    }
    return result;
  };

  // While this process touches the manifest for the others, its own watch must not take that for a new index.
  let touching = false;
  async function checkForNewIndex(): Promise<void> {
    const identity = await manifestIdentity(config.indexDir);
    if (touching || identity === null || identity === loadedIdentity || identity === attemptedIdentity) return;
    await reload('indexet på disk har ändrats').catch(() => undefined);
  }

  let watcher: FSWatcher | undefined;
  let poll: NodeJS.Timeout | undefined;
  let debounce: NodeJS.Timeout | undefined;
  if (config.reloadWatch) {
    const parent = path.dirname(path.resolve(config.indexDir));
    const name = path.basename(path.resolve(config.indexDir));
    try {
      watcher = watch(parent, (_event, file) => {
        if (file !== null && !String(file).startsWith(name)) return;
        clearTimeout(debounce);
        // Ingest renames twice (old → .previous, new → index); wait for the dust to settle.
        debounce = setTimeout(() => void checkForNewIndex(), 250);
        debounce.unref();
      });
      watcher.on('error', () => watcher?.close());
      watcher.unref();
    } catch {
      // Watching is best effort; the poll below still notices.
    }
    if (config.reloadPollMs > 0) {
      poll = setInterval(() => void checkForNewIndex(), config.reloadPollMs);
      poll.unref();
    }
  }

  return {
    holder,
    reload: reloadAll,
    close() {
      watcher?.close();
      clearInterval(poll);
      clearTimeout(debounce);
    },
  };
}
