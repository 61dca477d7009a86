import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { escapeRegExp } from '../text/word-pattern.ts';

/** Writes a file and fsyncs it, so that a later rename never publishes a half-written file after a crash. */
export async function writeFileDurably(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** fsyncs a file or folder written by someone else (hnswlib writes its own file; renames live in folders). */
export async function syncPath(target: string): Promise<void> {
  const handle = await open(target, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function exists(target: string): Promise<boolean> {
  try {
    await stat(target);
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts `fresh` (a complete folder) at `target`, keeping the old folder as `target.previous` until the
 * new one is in place. POSIX cannot rename a folder over a non-empty one, so there is a moment with
 * only `target.previous`; readers fall back to it (see readIndexBundle), so at every instant one
 * complete index is readable.
 */
export async function swapFolder(fresh: string, target: string, previous: string): Promise<void> {
  if (await exists(target)) {
    // `target` exists, so any `previous` is a leftover from an earlier, completed swap.
    await rm(previous, { recursive: true, force: true });
    await rename(target, previous);
  }
  await rename(fresh, target);
  await rm(previous, { recursive: true, force: true });
}

/** Whether a process with this id is running (EPERM: it runs, as another user). */
function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A temporary folder older than this is stale even if its process id is in use again (ids are reused). */
export const staleTemporaryAgeMs = 24 * 60 * 60 * 1000;

/**
 * Removes `<target>.tmp-PID-TS` folders that a crashed write left beside the index: those whose
 * process is gone, or that are older than staleTemporaryAgeMs. A write in progress in a running
 * process (this one included) is left alone. Returns the names removed.
 */
export async function removeStaleTemporaries(target: string, now = Date.now()): Promise<string[]> {
  const pattern = new RegExp(`^${escapeRegExp(path.basename(target))}\\.tmp-(\\d+)-(\\d+)$`);
  let names: string[];
  try {
    names = await readdir(path.dirname(target));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    const startedAt = Number(match[2]);
    const stale = now - startedAt > staleTemporaryAgeMs || (pid !== process.pid && !isProcessAlive(pid));
    if (!stale) continue;
    await rm(path.join(path.dirname(target), name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
