import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/errors.ts';
import { assertCompatible, indexFormatVersion, parseIndexManifest, type IndexManifest } from '../../src/store/index-manifest.ts';
import { sampleReport, sampleThemes } from './sample-records.ts';

const manifest: IndexManifest = {
  formatVersion: indexFormatVersion,
  builtAt: '2024-01-01T00:00:00.000Z',
  embedder: { id: 'offline:ngram-hash-v1:512:abc', kind: 'offline', model: null, dimension: 512 },
  hnsw: { m: 16, efConstruction: 200, efSearch: 100 },
  counts: { reports: 1, passages: 1, vectors: 1, lexicalTerms: 10 },
  reports: [sampleReport('r1', { period: '2019–2022' })],
  themes: sampleThemes,
  files: { 'passages.jsonl': { bytes: 12, sha256: 'a'.repeat(64) } },
};

const codeOf = (action: () => unknown): string | null => {
  try {
    action();
    return null;
  } catch (error) {
    return isAppError(error) ? error.code : 'other';
  }
};

describe('index manifest', () => {
  it('parses what it wrote', () => {
    expect(parseIndexManifest(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
  });

  it('calls another format version incompatible and a malformed one corrupt', () => {
    expect(codeOf(() => parseIndexManifest({ ...manifest, formatVersion: indexFormatVersion + 1 }))).toBe('INDEX_INCOMPATIBLE');
    expect(codeOf(() => parseIndexManifest({ ...manifest, counts: undefined }))).toBe('INDEX_CORRUPT');
    expect(codeOf(() => parseIndexManifest(null))).toBe('INDEX_CORRUPT');
    // Checksums are required: an index without them cannot be verified.
    expect(codeOf(() => parseIndexManifest({ ...manifest, files: undefined }))).toBe('INDEX_CORRUPT');
    expect(codeOf(() => parseIndexManifest({ ...manifest, files: { 'lexical.bin': { bytes: 1, sha256: 'xyz' } } }))).toBe('INDEX_CORRUPT');
  });

  it('accepts the embedder that built the index and refuses any other, pointing at ingest', () => {
    expect(codeOf(() => assertCompatible(manifest, manifest.embedder))).toBeNull();
    const other = { ...manifest.embedder, id: 'offline:ngram-hash-v1:512:def' };
    expect(codeOf(() => assertCompatible(manifest, other))).toBe('INDEX_INCOMPATIBLE');
    expect(() => assertCompatible(manifest, other)).toThrow(/npm run ingest/);
    expect(codeOf(() => assertCompatible(manifest, { ...manifest.embedder, dimension: 384 }))).toBe('INDEX_INCOMPATIBLE');
  });
});
