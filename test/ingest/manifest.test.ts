import { mkdtemp, rm, writeFile, copyFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import { ingestCorpus } from '../../src/ingest/ingest-corpus.ts';
import { parseManifest } from '../../src/ingest/manifest.ts';
import { seedCorpusDir, seedIds } from './seed-corpus.ts';

const good = {
  file: 'a.txt',
  title: 'Rapport A',
  region: 'Region A',
  organisation: 'region',
  kind: 'report',
  year: 2022,
};

function manifestError(raw: unknown): AppError {
  try {
    parseManifest(raw);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('no error thrown');
}

describe('parseManifest', () => {
  it('accepts valid entries keyed by file', () => {
    const entries = parseManifest({ reports: [good, { ...good, file: 'b.txt', period: '2018–2021', sourceUrl: 'https://example.org/b' }] });
    expect([...entries.keys()]).toEqual(['a.txt', 'b.txt']);
  });

  it('names the file and the field of a bad entry', () => {
    const error = manifestError({ reports: [good, { ...good, file: 'b.txt', kind: 'brochure' }] });
    expect(error.code).toBe('MANIFEST_INVALID');
    expect(error.message).toContain('b.txt');
    expect(error.message).toContain('"kind"');
    expect(error.details).toEqual({ file: 'b.txt', field: 'kind' });
  });

  it('names the entry index when the file itself is missing, and catches bad years and duplicates', () => {
    const missingFile = manifestError({ reports: [{ ...good, file: undefined }] });
    expect(missingFile.details).toEqual({ file: 'reports[0]', field: 'file' });
    expect(manifestError({ reports: [{ ...good, year: '2022' }] }).details).toEqual({ file: 'a.txt', field: 'year' });
    expect(manifestError({ reports: [good, good] }).details).toEqual({ file: 'a.txt', field: 'file' });
    expect(manifestError({ items: [] }).details).toEqual({ file: 'manifest.json', field: 'reports' });
  });

  it('stops ingestion with MANIFEST_INVALID when the corpus manifest is broken', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'utblick-manifest-'));
    try {
      await copyFile(path.join(seedCorpusDir, `${seedIds.gnhh}.txt`), path.join(directory, `${seedIds.gnhh}.txt`));
      await writeFile(path.join(directory, 'manifest.json'), JSON.stringify({ reports: [{ ...good, file: `${seedIds.gnhh}.txt`, year: 'förra året' }] }));
      await expect(ingestCorpus(directory)).rejects.toMatchObject({ code: 'MANIFEST_INVALID', details: { file: `${seedIds.gnhh}.txt`, field: 'year' } });
      await writeFile(path.join(directory, 'manifest.json'), '{ "reports": [');
      await expect(ingestCorpus(directory)).rejects.toMatchObject({ code: 'MANIFEST_INVALID' });
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
