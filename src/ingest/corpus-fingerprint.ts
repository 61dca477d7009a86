import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { questionBankPath } from './question-bank.ts';

/**
 * A hash over every corpus file (name and bytes, the corpus manifest included) and the question bank,
 * so `npm start` can tell whether the index still describes the corpus without ingesting it again.
 */
export async function corpusFingerprint(corpusDir: string): Promise<string> {
  const hash = createHash('sha256');
  const names = (await readdir(corpusDir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  for (const name of names) {
    hash.update(name).update('\0').update(await readFile(path.join(corpusDir, name))).update('\0');
  }
  hash.update(await readFile(questionBankPath));
  return hash.digest('hex');
}
