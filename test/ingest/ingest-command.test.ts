import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'utblick-ingest-cmd-'));
  await mkdir(path.join(work, 'corpus'));
  await writeFile(
    path.join(work, 'corpus', 'testland.md'),
    '---\ntitle: Nära vård i Region Testland 2022\nregion: Region Testland\nyear: 2022\nkind: report\n---\nMobila team\n\nTre mobila team besöker äldre i hemmet och har minskat antalet akuta inläggningar med tolv procent under året.\n',
  );
  await writeFile(path.join(work, 'corpus', 'brus.txt'), randomBytes(20_000));
});
afterAll(async () => rm(work, { recursive: true, force: true }));

function runIngest(args: string[], extraEnv: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    ...process.env,
    UTBLICK_CORPUS_DIR: path.join(work, 'corpus'),
    UTBLICK_INDEX_DIR: path.join(work, 'index'),
    UTBLICK_CACHE_DIR: path.join(work, 'cache'),
    UTBLICK_EMBEDDER: 'offline',
    UTBLICK_TOLERATE_INGEST_FAILURES: '',
    ...extraEnv,
  };
  return new Promise((resolve) => {
    execFile(tsx, ['scripts/ingest.ts', ...args], { cwd: root, env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('npm run ingest', () => {
  it('exits 1 with a summary naming the failed file, and writes no index', async () => {
    const run = await runIngest([]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/1 fil kunde inte läsas in \(1 rapporter lästes\)/);
    expect(run.stderr).toMatch(/brus\.txt: .*binära data/);
    expect(run.stderr).toMatch(/--tolerate-failures/);
    expect(existsSync(path.join(work, 'index'))).toBe(false);
  }, 60_000);

  it('indexes the readable reports and exits 0 when told to tolerate failures, by flag or setting', async () => {
    const byFlag = await runIngest(['--tolerate-failures']);
    expect(byFlag.code).toBe(0);
    expect(byFlag.stdout).toMatch(/brus\.txt: .*binära data/);
    expect(byFlag.stdout).toMatch(/Felen godtogs/);
    expect(existsSync(path.join(work, 'index', 'manifest.json'))).toBe(true);
    const bySetting = await runIngest([], { UTBLICK_TOLERATE_INGEST_FAILURES: 'true' });
    expect(bySetting.code).toBe(0);
  }, 90_000);
});
