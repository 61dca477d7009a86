import type { Config } from '../config.ts';
import { createEmbedder } from '../embed/create-embedder.ts';
import { embedWithCache, openEmbeddingCache } from '../embed/embedding-cache.ts';
import { fitOfflineState } from '../embed/offline-state.ts';
import { AppError } from '../errors.ts';
import { writeIndexBundle } from '../store/index-bundle.ts';
import type { IndexManifest } from '../store/index-manifest.ts';
import { searchTextOf } from '../store/search-text.ts';
import { corpusFingerprint } from './corpus-fingerprint.ts';
import { formatFailureSummary } from './format-summary.ts';
import { ingestCorpus, type IngestResult } from './ingest-corpus.ts';

export interface BuildIndexResult {
  ingest: IngestResult;
  manifest: IndexManifest;
  /** Passages whose vectors came from the cache rather than the embedder. */
  cachedVectors: number;
  timings: { ingestMs: number; embedMs: number; writeMs: number };
}

export interface BuildIndexOptions {
  onProgress?(stage: 'läser' | 'bäddar in' | 'skriver', done: number, total: number, detail: string): void;
  warn?(message: string): void;
  /**
   * false: a file that cannot be read stops the build before anything is written (REPORT_UNREADABLE, the
   * previous index untouched). true (the default): the readable reports are indexed and the failures listed.
   */
  tolerateFailures?: boolean;
}

/**
 * The whole build: ingest the corpus, embed every passage (through the cache), and write both indexes
 * atomically. The previous index stays in place until the new one is complete.
 */
export async function buildIndex(config: Config, options: BuildIndexOptions = {}): Promise<BuildIndexResult> {
  const started = performance.now();
  const ingest = await ingestCorpus(config.corpusDir, {
    onProgress: (done, total, file) => options.onProgress?.('läser', done, total, file),
  });
  if (ingest.failures.length > 0 && options.tolerateFailures === false) {
    throw new AppError('REPORT_UNREADABLE', formatFailureSummary(ingest.failures, ingest.reports.length), { details: { ingest } });
  }
  if (ingest.passages.length === 0) {
    throw new AppError('CORPUS_EMPTY', `Inga passager kunde läsas ur ${config.corpusDir}.`);
  }
  const ingested = performance.now();

  const reportsById = new Map(ingest.reports.map((report) => [report.id, report]));
  const texts = ingest.passages.map((passage) => searchTextOf(passage, reportsById.get(passage.reportId)));
  const offlineState = fitOfflineState(texts, config.offlineDimension);
  const embedder = await createEmbedder(config, { offlineState, warn: options.warn });
  const cache = openEmbeddingCache(config.cacheDir, embedder);
  const before = cache.size;
  options.onProgress?.('bäddar in', 0, texts.length, embedder.info.id);
  const vectors = await embedWithCache(embedder, cache, texts, 'passage');
  const cachedVectors = texts.length - (cache.size - before);
  options.onProgress?.('bäddar in', texts.length, texts.length, embedder.info.id);
  const embedded = performance.now();

  options.onProgress?.('skriver', 0, 1, config.indexDir);
  const manifest = await writeIndexBundle(
    config.indexDir,
    {
      reports: ingest.reports,
      passages: ingest.passages,
      cleanedTexts: ingest.cleanedTexts,
      themes: ingest.themes,
      embedderInfo: embedder.info,
      offlineState: embedder.info.kind === 'offline' ? offlineState : null,
      vectors: new Map(ingest.passages.map((passage, index) => [passage.id, vectors[index]!])),
      corpusFingerprint: await corpusFingerprint(config.corpusDir),
    },
    config,
  );
  options.onProgress?.('skriver', 1, 1, config.indexDir);
  return {
    ingest,
    manifest,
    cachedVectors,
    timings: { ingestMs: ingested - started, embedMs: embedded - ingested, writeMs: performance.now() - embedded },
  };
}
