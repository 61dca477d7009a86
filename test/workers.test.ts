import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerCount } from '../src/workers.ts';
import { buildSeedIndex, type SeedIndex } from './support/seed-index.ts';

describe('workerCount', () => {
  it('takes the setting, or one per core up to 4 when it is 0', () => {
    expect(workerCount({ workers: 3 }, 2)).toBe(3);
    expect(workerCount({ workers: 0 }, 2)).toBe(2);
    expect(workerCount({ workers: 0 }, 1)).toBe(1);
    expect(workerCount({ workers: 0 }, 16)).toBe(4);
  });
});

describe('UTBLICK_WORKERS=2', () => {
  let seed: SeedIndex;
  beforeAll(async () => {
    seed = await buildSeedIndex();
  }, 120_000);
  afterAll(() => seed?.remove());

  it('runs two processes that each load the index and answer on one shared port, and stop with the primary', async () => {
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', main], {
      env: { ...process.env, UTBLICK_WORKERS: '2', PORT: '0', UTBLICK_INDEX_DIR: seed.config.indexDir, UTBLICK_EMBEDDER: 'offline' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no workers after 60 s:\n${output}`)), 60_000);
        const check = () => {
          if (output.includes('arbetsprocesser delar porten')) {
            clearTimeout(timer);
            resolve();
          }
        };
        child.stdout.on('data', check);
        child.once('exit', () => reject(new Error(`primary exited:\n${output}`)));
      });
      const ports = [...output.matchAll(/lyssnar på http:\/\/127\.0\.0\.1:(\d+)/g)].map((match) => match[1]);
      expect(ports).toHaveLength(2);
      expect(new Set(ports).size).toBe(1);
      const responses = await Promise.all(
        Array.from({ length: 8 }, () =>
          fetch(`http://127.0.0.1:${ports[0]}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'Hur arbetar man med fast läkarkontakt?' }) }),
        ),
      );
      for (const response of responses) {
        expect(response.status).toBe(200);
        expect(((await response.json()) as { citations: unknown[] }).citations.length).toBeGreaterThan(0);
      }
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    }
    expect(child.exitCode).toBe(0);
  }, 120_000);
});
