import { open, rename, rm, stat } from 'node:fs/promises';

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
