import { existsSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { OfflineEmbedder } from '../../src/embed/offline-embedder.ts';
import { fitOfflineState } from '../../src/embed/offline-state.ts';
import { isAppError } from '../../src/errors.ts';
import { readIndexBundle, writeIndexBundle, type IndexBundleInput } from '../../src/store/index-bundle.ts';
import { searchTextOf } from '../../src/store/search-text.ts';
import { samplePassage, sampleReport, sampleThemes } from './sample-records.ts';

const config = loadConfig({}, { offlineDimension: 128 });

async function makeBundle(texts: string[]): Promise<IndexBundleInput> {
  const report = sampleReport('r1', { passageCount: texts.length });
  const passages = texts.map((text, ordinal) => samplePassage(`r1-${ordinal}`, text, 'r1', ordinal));
  const searchTexts = passages.map((passage) => searchTextOf(passage, report));
  const offlineState = fitOfflineState(searchTexts, 128);
  const embedder = new OfflineEmbedder(offlineState);
  const vectors = await embedder.embed(searchTexts, 'passage');
  return {
    reports: [report],
    passages,
    cleanedTexts: { r1: texts.join('\n\n') },
    themes: sampleThemes,
    embedderInfo: embedder.info,
    offlineState,
    vectors: new Map(passages.map((passage, index) => [passage.id, vectors[index]!])),
  };
}

const oldTexts = ['Hälsocentralerna har fast läkarkontakt.', 'Mobila team gör hembesök hos äldre.'];
const newTexts = ['Digitala vårdmöten via 1177.', 'Samverkan med kommunerna.', 'Ny text om kompetens.'];

const errorCode = (promise: Promise<unknown>) => promise.then(() => null, (error) => (isAppError(error) ? error.code : String(error)));

describe('index bundle', () => {
  it('reads back what it wrote, ready to search', async () => {
    const indexDir = path.join(mkdtempSync(path.join(tmpdir(), 'utblick-index-')), 'index');
    const input = await makeBundle(oldTexts);
    const written = await writeIndexBundle(indexDir, input, config);
    const bundle = await readIndexBundle(indexDir, config);
    expect(bundle.manifest).toEqual(written);
    expect(bundle.manifest.counts).toMatchObject({ reports: 1, passages: 2, vectors: 2 });
    expect(bundle.passages).toEqual(input.passages);
    expect(bundle.cleanedTexts).toEqual(input.cleanedTexts);
    expect(bundle.reports[0]!.region).toBe('Region Västerbotten');
    expect(bundle.themes).toEqual(sampleThemes);
    expect(bundle.offlineState).toEqual(input.offlineState);
    expect(bundle.lexicalIndex.search('halsocentral', 1)[0]!.id).toBe('r1-0');
    const query = await new OfflineEmbedder(bundle.offlineState!).embed(['hembesök äldre'], 'query');
    expect(bundle.vectorIndex.search(query[0]!, 1)[0]!.id).toBe('r1-1');
    // Only the index folder remains next to it: no temporary or previous folders.
    expect(readdirSync(path.dirname(indexDir))).toEqual(['index']);
  });

  it('replaces an old index', async () => {
    const indexDir = path.join(mkdtempSync(path.join(tmpdir(), 'utblick-index-')), 'index');
    await writeIndexBundle(indexDir, await makeBundle(oldTexts), config);
    await writeIndexBundle(indexDir, await makeBundle(newTexts), config);
    expect((await readIndexBundle(indexDir, config)).passages).toHaveLength(3);
    expect(readdirSync(path.dirname(indexDir))).toEqual(['index']);
  });

  it('keeps the old index when a write fails midway', async () => {
    const indexDir = path.join(mkdtempSync(path.join(tmpdir(), 'utblick-index-')), 'index');
    await writeIndexBundle(indexDir, await makeBundle(oldTexts), config);
    const broken = await makeBundle(newTexts);
    broken.vectors = new Map([...broken.vectors].slice(0, 1)); // vectors missing: fails after files were written
    expect(await errorCode(writeIndexBundle(indexDir, broken, config))).toBe('INTERNAL');
    const failingHook = await makeBundle(newTexts);
    await expect(writeIndexBundle(indexDir, failingHook, config, { beforeSwap: () => { throw new Error('simulated crash'); } })).rejects.toThrow('simulated crash');
    const bundle = await readIndexBundle(indexDir, config);
    expect(bundle.passages.map((passage) => passage.text)).toEqual(oldTexts);
    expect(readdirSync(path.dirname(indexDir))).toEqual(['index']);
  });

  it('reads the previous index when a crash fell between the two renames', async () => {
    const indexDir = path.join(mkdtempSync(path.join(tmpdir(), 'utblick-index-')), 'index');
    await writeIndexBundle(indexDir, await makeBundle(oldTexts), config);
    renameSync(indexDir, `${indexDir}.previous`);
    expect((await readIndexBundle(indexDir, config)).passages).toHaveLength(2);
    // The next write completes the interrupted swap and clears the leftover.
    await writeIndexBundle(indexDir, await makeBundle(newTexts), config);
    expect((await readIndexBundle(indexDir, config)).passages).toHaveLength(3);
    expect(existsSync(`${indexDir}.previous`)).toBe(false);
  });

  it('says INDEX_MISSING, INDEX_CORRUPT or INDEX_INCOMPATIBLE', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'utblick-index-'));
    expect(await errorCode(readIndexBundle(path.join(root, 'none'), config))).toBe('INDEX_MISSING');

    const indexDir = path.join(root, 'index');
    await writeIndexBundle(indexDir, await makeBundle(oldTexts), config);
    writeFileSync(path.join(indexDir, 'passages.jsonl'), '{"id": "broken"}\n');
    expect(await errorCode(readIndexBundle(indexDir, config))).toBe('INDEX_CORRUPT');

    await writeIndexBundle(indexDir, await makeBundle(oldTexts), config);
    writeFileSync(path.join(indexDir, 'lexical.bin'), 'junk');
    expect(await errorCode(readIndexBundle(indexDir, config))).toBe('INDEX_CORRUPT');

    await writeIndexBundle(indexDir, await makeBundle(oldTexts), config);
    writeFileSync(path.join(indexDir, 'manifest.json'), '{ not json');
    expect(await errorCode(readIndexBundle(indexDir, config))).toBe('INDEX_CORRUPT');

    await writeIndexBundle(indexDir, await makeBundle(oldTexts), config);
    writeFileSync(path.join(indexDir, 'manifest.json'), JSON.stringify({ formatVersion: 999 }));
    expect(await errorCode(readIndexBundle(indexDir, config))).toBe('INDEX_INCOMPATIBLE');
  });
});
