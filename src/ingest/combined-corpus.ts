import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppError } from '../errors.ts';
import { manifestFileName } from './manifest.ts';

export interface StagedCorpus {
  /** A temporary corpus folder holding the main corpus and every extra folder's files. */
  dir: string;
  cleanup(): Promise<void>;
}

/**
 * Stages corpusDir plus extra folders (e.g. an evaluation set's documents) as one corpus in a temporary
 * folder outside the repository, so they can be ingested together without ever being copied into it.
 * Extra folders contribute their reports only (front matter describes them); only corpusDir's manifest is
 * kept. Two files of the same name are an error rather than one silently replacing the other.
 */
export async function stageCombinedCorpus(corpusDir: string, extraDirs: string[]): Promise<StagedCorpus> {
  const dir = await mkdtemp(path.join(tmpdir(), 'utblick-corpus-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const taken = new Set<string>();
    for (const [position, source] of [corpusDir, ...extraDirs].entries()) {
      const entries = await readdir(source, { withFileTypes: true }).catch((error: unknown) => {
        throw new AppError('CORPUS_EMPTY', `Mappen ${source} kan inte läsas.`, { cause: error });
      });
      for (const entry of entries) {
        if (!entry.isFile() || entry.name.startsWith('.')) continue;
        if (position > 0 && entry.name === manifestFileName) continue;
        if (taken.has(entry.name)) throw new AppError('CORPUS_EMPTY', `Filen ${entry.name} finns i flera av mapparna ${[corpusDir, ...extraDirs].join(', ')}.`);
        taken.add(entry.name);
        await cp(path.join(source, entry.name), path.join(dir, entry.name));
      }
    }
    return { dir, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
