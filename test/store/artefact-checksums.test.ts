import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../src/errors.ts';
import { checksumOf, OffThreadHasher, readVerifiedArtefact } from '../../src/store/artefact-checksums.ts';

const directory = mkdtempSync(path.join(os.tmpdir(), 'utblick-artefacts-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function failure(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    if (isAppError(error) && error.code === 'INDEX_CORRUPT') return error.message;
    throw error;
  }
  throw new Error('the damaged file was accepted');
}

describe('readVerifiedArtefact', () => {
  // Every file goes to the worker thread (minimum 0) in one hasher, on the calling thread in the other.
  for (const [label, hasher] of [
    ['hashed on a worker thread', () => new OffThreadHasher(0)],
    ['hashed on the calling thread', () => undefined],
  ] as const) {
    it(`returns exactly the verified bytes and refuses a changed, truncated or missing file by name (${label})`, async () => {
      const threads = hasher();
      try {
        const bytes = randomBytes(300_000);
        writeFileSync(path.join(directory, 'vectors.bin'), bytes);
        const want = checksumOf(bytes);
        const read = await readVerifiedArtefact(directory, 'vectors.bin', want, threads);
        expect(Buffer.compare(read, bytes)).toBe(0);

        const changed = Buffer.from(bytes);
        changed[150_000]! ^= 1;
        writeFileSync(path.join(directory, 'vectors.bin'), changed);
        expect(await failure(readVerifiedArtefact(directory, 'vectors.bin', want, threads))).toMatch(/vectors\.bin.*kontrollsumman/);

        writeFileSync(path.join(directory, 'vectors.bin'), bytes.subarray(0, 1000));
        expect(await failure(readVerifiedArtefact(directory, 'vectors.bin', want, threads))).toMatch(/vectors\.bin har 1000 byte/);

        expect(await failure(readVerifiedArtefact(directory, 'saknas.bin', want, threads))).toMatch(/saknas\.bin saknas/);
      } finally {
        threads?.close();
      }
    });
  }
});
