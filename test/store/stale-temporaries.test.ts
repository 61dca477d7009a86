import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { OfflineEmbedder } from '../../src/embed/offline-embedder.ts';
import { fitOfflineState } from '../../src/embed/offline-state.ts';
import { removeStaleTemporaries, staleTemporaryAgeMs } from '../../src/store/durable-files.ts';
import { writeIndexBundle } from '../../src/store/index-bundle.ts';
import { searchTextOf } from '../../src/store/search-text.ts';
import { samplePassage, sampleReport, sampleThemes } from './sample-records.ts';

/** A process id that belonged to a process which has exited (as after a crash or kill -9). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.exit(0)']);
  return child.pid!;
}

let running: ReturnType<typeof spawn>;
beforeAll(() => {
  running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
});
afterAll(() => {
  running.kill();
});

function layout(): { parent: string; target: string; make(name: string): void } {
  const parent = mkdtempSync(path.join(tmpdir(), 'utblick-stale-'));
  return { parent, target: path.join(parent, 'index'), make: (name) => mkdirSync(path.join(parent, name, 'inner'), { recursive: true }) };
}

describe('stale temporary index folders', () => {
  it('removes those of gone processes and old ones, keeps writes in progress and unrelated folders', async () => {
    const { parent, target, make } = layout();
    const now = Date.now();
    const gone = `index.tmp-${deadPid()}-${now - 60_000}`;
    const old = `index.tmp-${running.pid}-${now - staleTemporaryAgeMs - 1000}`;
    const inProgress = `index.tmp-${running.pid}-${now - 60_000}`;
    const ours = `index.tmp-${process.pid}-${now}`;
    for (const name of [gone, old, inProgress, ours, 'index.tmp-anteckningar', 'annat.tmp-1-1', 'index']) make(name);

    const removed = await removeStaleTemporaries(target, now);
    expect(removed.sort()).toEqual([gone, old].sort());
    expect(readdirSync(parent).sort()).toEqual(['annat.tmp-1-1', 'index', 'index.tmp-anteckningar', inProgress, ours].sort());
  });

  it('a later ingest (index write) clears what a crashed one left', async () => {
    const { parent, target, make } = layout();
    const leftover = `index.tmp-${deadPid()}-${Date.now() - 5000}`;
    make(leftover);
    const report = sampleReport('r1', { passageCount: 1 });
    const passages = [samplePassage('r1-0', 'Mobila team gör hembesök hos äldre.', 'r1', 0)];
    const offlineState = fitOfflineState(passages.map((passage) => searchTextOf(passage, report)), 128);
    const embedder = new OfflineEmbedder(offlineState);
    const [vector] = await embedder.embed(passages.map((passage) => searchTextOf(passage, report)), 'passage');
    await writeIndexBundle(
      target,
      { reports: [report], passages, cleanedTexts: { r1: passages[0]!.text }, themes: sampleThemes, embedderInfo: embedder.info, offlineState, vectors: new Map([['r1-0', vector!]]) },
      loadConfig({}, { offlineDimension: 128 }),
    );
    expect(existsSync(path.join(parent, leftover))).toBe(false);
    expect(readdirSync(parent)).toEqual(['index']);
  });
});
