import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerClientErrors } from '../src/http/client-errors.ts';
import { createApp } from '../src/http/create-app.ts';
import { startLiveIndex, type LiveIndex } from '../src/live-index.ts';
import { percentile } from '../src/bench/stats.ts';
import { rawRequest, type RawRequest } from './http/raw-request.ts';
import { buildSeedIndex, seedCorpusDir, type SeedIndex } from './support/seed-index.ts';
import { listen, type Listening } from './support/serve.ts';

/*
 * Issue 11, finding 7: a new index needed a restart. Here the server runs on the seed index under a
 * steady load while `npm run ingest` (a child process, as an operator would run it) writes a new index
 * with one more report into the same folder; the server must notice, swap, and fail no request.
 */
let seed: SeedIndex;
let live: LiveIndex;
let server: Listening | undefined;
let baseUrl: string;
const logged: string[] = [];

const extraReport = `---
title: Nära vård på Gotland 2023 – uppföljning av öns hälsocentraler
region: Region Gotland
year: 2023
kind: report
---
Inledning

Uppföljningen beskriver hur öns hälsocentraler under 2023 har byggt ut sjukvårdsteam med distriktssköterska, fysioterapeut och läkare.

Tillgänglighet

Under sommarmånaderna förstärks bemanningen när antalet besökare ökar, och en mobil vårdenhet besöker Fårö och Hoburgen varje vecka.
`;

beforeAll(async () => {
  seed = await buildSeedIndex({ reloadPollMs: 200, adminKey: 'admin-nyckel-test' });
  const logger = { warn: (message: string) => logged.push(message), error: (message: string) => logged.push(message) };
  live = await startLiveIndex(seed.config, logger);
  server = await listen(createApp(live.holder, { admin: { reload: live.reload } }));
  answerClientErrors(server.server);
  baseUrl = server.baseUrl;
}, 60_000);
afterAll(async () => {
  live?.close();
  await server?.close();
  await seed?.remove();
});

const mix: RawRequest[] = [
  { method: 'POST', path: '/api/search', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'hälsocentraler och sjukvårdsteam', k: 10 }) },
  { method: 'POST', path: '/api/ask', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'Hur arbetar regionerna med mobila team?' }) },
  { path: '/api/reports' },
  { path: '/api/regions' },
];

type Sample = { at: number; ms: number; ok: boolean };

function runIngest(corpusDir: string): Promise<number | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts'], {
    env: { ...process.env, UTBLICK_CORPUS_DIR: corpusDir, UTBLICK_INDEX_DIR: seed.config.indexDir, UTBLICK_CACHE_DIR: seed.config.cacheDir, UTBLICK_EMBEDDER: 'offline' },
    stdio: 'ignore',
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

const reportCount = async (): Promise<number> => (JSON.parse((await rawRequest(baseUrl, { path: '/api/reports' })).body) as { reports: unknown[] }).reports.length;

describe('live re-index', () => {
  it('swaps in an index written while serving, under load, with no failed request', async () => {
    const corpusDir = path.join(path.dirname(seed.config.indexDir), 'corpus-2');
    cpSync(seedCorpusDir, corpusDir, { recursive: true });
    writeFileSync(path.join(corpusDir, 'gotland-2023.md'), extraReport);
    const before = await reportCount();
    const builtBefore = JSON.parse((await rawRequest(baseUrl, { path: '/readyz' })).body).indexBuiltAt as string;
    expect(builtBefore).toMatch(/^\d{4}-/);

    const agent = new Agent({ keepAlive: true, maxSockets: 6 });
    const samples: Sample[] = [];
    let stop = false;
    const started = performance.now();
    const workers = Array.from({ length: 6 }, async (_, worker) => {
      for (let i = worker; !stop; i++) {
        const at = performance.now();
        const response = await rawRequest(baseUrl, mix[i % mix.length]!, agent).catch(() => ({ status: -1 }));
        samples.push({ at, ms: performance.now() - at, ok: response.status === 200 });
      }
    });
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    await pause(2500);
    const ingestStarted = performance.now();
    expect(await runIngest(corpusDir)).toBe(0);
    // The watch (or the 200 ms poll) notices the new manifest and swaps. The bound is generous: loading
    // the new index beside the old one under six busy clients can take seconds on a loaded 2-core machine.
    const deadline = performance.now() + 45_000;
    while (live.holder.generation === 1 && performance.now() < deadline) await pause(20);
    const swapped = performance.now();
    await pause(2500);
    stop = true;
    await Promise.all(workers);
    agent.destroy();

    expect(live.holder.generation).toBe(2);
    expect(await reportCount()).toBe(before + 1);
    expect(JSON.parse((await rawRequest(baseUrl, { path: '/readyz' })).body).indexBuiltAt).not.toBe(builtBefore);
    expect(logged.some((line) => line.startsWith('nytt index i bruk'))).toBe(true);

    const phase = (from: number, to: number) => samples.filter((sample) => sample.at >= from && sample.at < to);
    const phases = { before: phase(started, ingestStarted), during: phase(ingestStarted, swapped + 250), after: phase(swapped + 250, Infinity) };
    for (const [name, list] of Object.entries(phases)) {
      const latencies = list.map((sample) => sample.ms).sort((a, b) => a - b);
      console.log(`reload under load, ${name}: ${list.length} requests, ${list.filter((s) => !s.ok).length} failed, p95 ${percentile(latencies, 95).toFixed(1)} ms`);
      expect(list.length, name).toBeGreaterThan(0);
    }
    expect(samples.filter((sample) => !sample.ok)).toHaveLength(0);
  }, 150_000);

  it('keeps the old index when the new one is damaged, and says so', async () => {
    const served = await reportCount();
    const generation = live.holder.generation;
    const lexical = path.join(seed.config.indexDir, 'lexical.bin');
    const original = readFileSync(lexical);
    const damaged = Buffer.from(original);
    damaged.fill(7, 100, 2100);
    writeFileSync(lexical, damaged);
    try {
      const response = await rawRequest(baseUrl, { method: 'POST', path: '/api/admin/reload', headers: { 'x-api-key': 'admin-nyckel-test' } });
      expect(response.status).toBe(503);
      expect(JSON.parse(response.body).error).toMatchObject({ code: 'INDEX_CORRUPT', message: expect.stringContaining('lexical.bin') });
      expect(live.holder.generation).toBe(generation);
      expect(await reportCount()).toBe(served);
      expect(logged.some((line) => line.includes('det gamla används fortfarande'))).toBe(true);
    } finally {
      writeFileSync(lexical, original);
    }
    // A second process on the same folder (another cluster worker) follows a reload asked of the first.
    const other = await startLiveIndex(seed.config, { warn: () => {}, error: () => {} });
    try {
      const reloaded = await rawRequest(baseUrl, { method: 'POST', path: '/api/admin/reload', headers: { authorization: 'Bearer admin-nyckel-test' } });
      expect(JSON.parse(reloaded.body)).toMatchObject({ reloaded: true, generation: generation + 1, reports: served });
      const deadline = performance.now() + 5000;
      while (other.holder.generation === 1 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(other.holder.generation).toBe(2);
      // The process that reloaded does not reload again for its own touch.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(live.holder.generation).toBe(generation + 1);
    } finally {
      other.close();
    }
  });
});
