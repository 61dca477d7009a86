import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { OfflineEmbedder } from '../embed/offline-embedder.ts';
import { fitOfflineState } from '../embed/offline-state.ts';
import { createHybridSearch } from '../retrieve/hybrid-search.ts';
import type { SearchMode } from '../retrieve/search-types.ts';
import { Bm25Index } from '../store/bm25-index.ts';
import { serializeBm25 } from '../store/bm25-serialize.ts';
import { bundleFiles, requiredArtefacts } from '../store/index-bundle.ts';
import { indexFormatVersion, type IndexManifest } from '../store/index-manifest.ts';
import { HnswIndex, type HnswParams } from '../store/hnsw-index.ts';
import { checksumArtefacts } from '../store/artefact-checksums.ts';
import { searchTextOf } from '../store/search-text.ts';
import type { Passage, Theme } from '../types.ts';
import { benchK, searchModes } from './bench-config.ts';
import { collectGarbage, folderSize, latencyOf, peakRssBytes, timed, type LatencyOptions } from './measure.ts';
import { buildFilterColumns } from '../retrieve/filter-columns.ts';
import { compareLexical, type LexicalComparison } from './peer-comparison.ts';
import { swedishRegions, syntheticCorpus } from './synthetic-corpus.ts';
import type { LatencySummary } from './stats.ts';

/** Plain data only: it crosses the IPC channel to the child process. */
export interface ScaleBenchOptions {
  source: { passages: readonly Passage[]; themes: readonly Theme[] };
  count: number;
  seed: number;
  dimension: number;
  hnsw: HnswParams;
  queries: readonly string[];
  search: LatencyOptions;
  /** Peer query latency; its own options because MiniSearch at 100k takes up to a second per query. */
  peerSearch: LatencyOptions;
  /** Where the index folder is written (for its size, and for the serve stage to load). */
  indexDir: string;
}

export interface ScaleBenchResult {
  passages: number;
  reports: number;
  lexicalTerms: number;
  seed: number;
  dimension: number;
  hnsw: HnswParams;
  meanPassageChars: number;
  build: {
    generateMs: number;
    /** Search texts of all passages plus the offline embedder's document frequencies (IDF). */
    fitOfflineStateMs: number;
    bm25Ms: number;
    embedMs: number;
    embedPassagesPerSecond: number;
    hnswInsertMs: number;
    hybridSetupMs: number;
    /** Sum of the stages above: building both indexes in memory. */
    totalMs: number;
  };
  search: Record<SearchMode, LatencySummary>;
  searchSettings: { queries: number; rounds: number; warmupRounds: number; k: number };
  /** Mean over the queries of |HNSW top-10 ∩ exact top-10| / 10 (exact = brute-force cosine). */
  denseRecallAt10: number;
  /**
   * The same, counting an HNSW hit as found when its similarity reaches the exact 10th best (less
   * 1e-4): recombined passages share sentences, so many tie with the true neighbours.
   */
  denseRecallAt10WithTies: number;
  /**
   * Recall@10 and latency of the raw HNSW search at larger ef: searching for `ef` neighbours makes
   * HnswIndex use ef = max(efSearch, ef), and the first 10 of those are what ef would give for k = 10.
   */
  efSweep: { ef: number; recallAt10: number; latency: LatencySummary }[];
  /**
   * What HNSW's misses cost a user: mean share of the hybrid top 10 (createHybridSearch, as served) that
   * is the same when the dense list comes from exact search instead of the graph.
   */
  hybridSameAsExactAt10: number;
  disk: { bytes: number; files: Record<string, number>; writeMs: number };
  memory: {
    /** maxRSS of this process (only this stage ran in it) after build, searches and writing, before the peer. */
    peakRssBytes: number;
    rssAfterBuildBytes: number;
    heapUsedAfterBuildBytes: number;
    /** maxRSS at the end, with MiniSearch's index built on top. */
    peakRssWithPeerBytes: number;
    /** After each step, garbage collected first: live RSS and heap, and maxRSS so far (which step set the peak). */
    steps: MemoryStep[];
  };
  peer: LexicalComparison;
  /**
   * The cores at k = 60 (fusion's depth), unfiltered and filtered to one region (the regions in turn,
   * ~5 % of the passages each): the filter is a bitmap built once per region, dense search exact over it.
   */
  filteredCore: { k: number; bm25: LatencySummary; bm25Region: LatencySummary; hnsw: LatencySummary; hnswRegion: LatencySummary; regionShare: number };
}

export interface MemoryStep {
  step: string;
  rssBytes: number;
  heapUsedBytes: number;
  peakRssBytes: number;
}

/** Best `size` (similarity, label) pairs seen so far, for exact nearest neighbours without storing vectors. */
class TopList {
  readonly labels: number[] = [];
  readonly scores: number[] = [];
  constructor(private readonly size: number) {}
  offer(label: number, score: number): void {
    if (this.scores.length === this.size && score <= this.scores[this.size - 1]!) return;
    let position = this.scores.length;
    while (position > 0 && this.scores[position - 1]! < score) position--;
    this.scores.splice(position, 0, score);
    this.labels.splice(position, 0, label);
    if (this.scores.length > this.size) {
      this.scores.pop();
      this.labels.pop();
    }
  }
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let index = 0; index < a.length; index++) sum += a[index]! * b[index]!;
  return sum;
}

const k = benchK;

/**
 * Builds BM25 and HNSW over a synthetic corpus with the production classes, searches it through
 * createHybridSearch, compares with MiniSearch, and writes the index folder in writeIndexBundle's
 * format (directly: writeIndexBundle would insert all vectors into a second graph). Meant to run
 * alone in a child process (child.ts) so that its maxRSS is its own.
 */
export async function runScaleBench(options: ScaleBenchOptions & { log(message: string): void }): Promise<ScaleBenchResult> {
  const { log } = options;
  const steps: MemoryStep[] = [];
  const snapshot = (step: string) => {
    collectGarbage();
    const usage = process.memoryUsage();
    steps.push({ step, rssBytes: usage.rss, heapUsedBytes: usage.heapUsed, peakRssBytes: peakRssBytes() });
  };
  snapshot('start (moduler inlästa)');
  const generated = await timed(() => syntheticCorpus(options.source, { count: options.count, seed: options.seed }));
  const { passages, reports, cleanedTexts } = generated.value;
  log(`  ${passages.length} syntetiska passager i ${reports.length} rapporter: ${generated.ms.toFixed(0)} ms`);
  const reportsById = new Map(reports.map((report) => [report.id, report]));
  const searchText = (passage: Passage) => searchTextOf(passage, reportsById.get(passage.reportId));
  snapshot('syntetiska passager');

  // Search texts are held only while BM25 is built (as buildIndex holds them); later they are made again.
  let texts: string[] | null = null;
  const fitted = await timed(() => {
    texts = passages.map(searchText);
    return fitOfflineState(texts, options.dimension);
  });
  const embedder = new OfflineEmbedder(fitted.value);
  log(`  söktexter + offline-tillstånd: ${fitted.ms.toFixed(0)} ms`);
  const bm25 = await timed(() => Bm25Index.build(passages.map((passage, number) => ({ id: passage.id, text: texts![number]! }))));
  log(`  BM25: ${bm25.ms.toFixed(0)} ms, ${bm25.value.termCount} termer`);
  snapshot('söktexter + IDF + BM25 (söktexterna kvar)');
  texts = null;

  // Embed a chunk, then insert it: the stages stay apart as in buildIndex (which embeds everything,
  // then builds the graph) without holding all vectors at once. The exact top-10 for the recall check
  // is kept on the fly, timed apart from both.
  const queryVectors = options.queries.map((query) => embedder.embedOne(query, 'query'));
  const exact = options.queries.map(() => new TopList(k));
  const vectors = HnswIndex.create(options.dimension, options.hnsw);
  const chunkSize = 1000;
  let embedMs = 0;
  let insertMs = 0;
  let reported = 0;
  for (let start = 0; start < passages.length; start += chunkSize) {
    const chunk = passages.slice(start, start + chunkSize);
    const chunkTexts = chunk.map(searchText);
    const embedStarted = performance.now();
    const chunkVectors = chunkTexts.map((text) => embedder.embedOne(text, 'passage'));
    const insertStarted = performance.now();
    chunk.forEach((passage, index) => vectors.add(passage.id, chunkVectors[index]!));
    insertMs += performance.now() - insertStarted;
    embedMs += insertStarted - embedStarted;
    chunkVectors.forEach((vector, index) => queryVectors.forEach((queryVector, query) => exact[query]!.offer(start + index, dot(queryVector, vector))));
    if (start + chunk.length - reported >= 25_000) {
      reported = start + chunk.length;
      log(`  inbäddning + HNSW: ${reported}/${passages.length} (${((embedMs + insertMs) / 1000).toFixed(0)} s)`);
    }
  }
  log(`  inbäddning ${embedMs.toFixed(0)} ms, HNSW ${insertMs.toFixed(0)} ms (M ${options.hnsw.m}, efConstruction ${options.hnsw.efConstruction})`);

  snapshot('inbäddning + HNSW');
  const setup = await timed(() => createHybridSearch({ passages, reports, lexical: bm25.value, vectors, embedder }));
  const search = {} as Record<SearchMode, LatencySummary>;
  for (const mode of searchModes) {
    search[mode] = await latencyOf(options.queries, (query) => setup.value(query, { k, mode }), options.search);
    log(`  sök ${mode}: p50 ${search[mode].p50.toFixed(2)} ms, p95 ${search[mode].p95.toFixed(2)} ms`);
  }

  snapshot('createHybridSearch + sökningar');

  let overlap = 0;
  let overlapWithTies = 0;
  queryVectors.forEach((queryVector, query) => {
    const truth = new Set(exact[query]!.labels.map((label) => passages[label]!.id));
    const tenth = exact[query]!.scores[exact[query]!.scores.length - 1] ?? 0;
    const found = vectors.search(queryVector, k);
    overlap += found.filter((hit) => truth.has(hit.id)).length / Math.max(1, truth.size);
    overlapWithTies += found.filter((hit) => truth.has(hit.id) || hit.similarity >= tenth - 1e-4).length / Math.max(1, truth.size);
  });
  const denseRecallAt10 = overlap / Math.max(1, queryVectors.length);
  const truths = exact.map((list) => new Set(list.labels.map((label) => passages[label]!.id)));
  const efSweep: ScaleBenchResult['efSweep'] = [];
  for (const ef of [options.hnsw.efSearch, options.hnsw.efSearch * 2, options.hnsw.efSearch * 4]) {
    let found = 0;
    queryVectors.forEach((queryVector, query) => {
      found += vectors.search(queryVector, ef).slice(0, k).filter((hit) => truths[query]!.has(hit.id)).length / Math.max(1, truths[query]!.size);
    });
    const latency = await latencyOf(queryVectors, (queryVector) => vectors.search(queryVector, ef).length, { rounds: 5, warmupRounds: 1 });
    efSweep.push({ ef, recallAt10: found / Math.max(1, queryVectors.length), latency });
  }
  log(`  HNSW recall@10: ${efSweep.map((entry) => `ef ${entry.ef} ${(entry.recallAt10 * 100).toFixed(1)} %`).join(', ')}`);
  const denseRecallAt10WithTies = overlapWithTies / Math.max(1, queryVectors.length);
  const withExactDense = createHybridSearch({ passages, reports, lexical: bm25.value, vectors: vectors.exactIndex(), embedder });
  let hybridSame = 0;
  for (const query of options.queries) {
    const served = await setup.value(query, { k });
    const exactHits = new Set((await withExactDense(query, { k })).hits.map((hit) => hit.passage.id));
    hybridSame += served.hits.filter((hit) => exactHits.has(hit.passage.id)).length / Math.max(1, exactHits.size);
  }
  const hybridSameAsExactAt10 = hybridSame / Math.max(1, options.queries.length);
  log(`  hybrid topp-10 med HNSW som med exakt täta listan: ${(hybridSameAsExactAt10 * 100).toFixed(1)} %`);

  const columns = buildFilterColumns(passages, reports);
  const regionMasks = swedishRegions.map((region) => columns.mask({ regions: [region] })!);
  const regionShare = regionMasks.reduce((sum, mask) => sum + mask.members.length, 0) / regionMasks.length / Math.max(1, passages.length);
  const analysed = options.queries.map((query) => bm25.value.analyzeQuery(query));
  const pairs = options.queries.map((_, number) => number);
  const coreK = 60;
  const filteredCore = {
    k: coreK,
    regionShare,
    bm25: await latencyOf(pairs, (number) => bm25.value.search(analysed[number]!, coreK).length, options.search),
    // Query i with region i mod 21: the BM25 score memo (last 4 queries) never sees a repeat here.
    bm25Region: await latencyOf(pairs, (number) => bm25.value.search(analysed[number]!, coreK, regionMasks[number % regionMasks.length]).length, options.search),
    hnsw: await latencyOf(pairs, (number) => vectors.search(queryVectors[number]!, coreK).length, options.search),
    hnswRegion: await latencyOf(pairs, (number) => vectors.search(queryVectors[number]!, coreK, regionMasks[number % regionMasks.length]).length, options.search),
  };
  log(
    `  kärnor k ${coreK}: BM25 ${filteredCore.bm25.p50.toFixed(2)} → region ${filteredCore.bm25Region.p50.toFixed(2)} ms; ` +
      `HNSW ${filteredCore.hnsw.p50.toFixed(2)} → region (exakt) ${filteredCore.hnswRegion.p50.toFixed(2)} ms; region = ${(regionShare * 100).toFixed(1)} %`,
  );

  const folder = options.indexDir;
  const written = await timed(async () => {
    await mkdir(folder, { recursive: true });
    await vectors.save(folder);
    await writeFile(path.join(folder, bundleFiles.lexical), serializeBm25(bm25.value));
    await writeFile(path.join(folder, bundleFiles.offlineState), JSON.stringify(fitted.value));
    await writeFile(path.join(folder, bundleFiles.cleanedTexts), JSON.stringify(cleanedTexts));
    const stream = createWriteStream(path.join(folder, bundleFiles.passages));
    for (let start = 0; start < passages.length; start += 1000) {
      const chunk = passages.slice(start, start + 1000).map((passage) => JSON.stringify(passage) + '\n').join('');
      if (!stream.write(chunk)) await once(stream, 'drain');
    }
    stream.end();
    await once(stream, 'finish');
    const manifest: IndexManifest = {
      formatVersion: indexFormatVersion,
      builtAt: new Date().toISOString(),
      embedder: embedder.info,
      hnsw: options.hnsw,
      counts: { reports: reports.length, passages: passages.length, vectors: vectors.size, lexicalTerms: bm25.value.termCount },
      reports,
      themes: [...options.source.themes],
      files: await checksumArtefacts(folder, requiredArtefacts('offline')),
    };
    await writeFile(path.join(folder, bundleFiles.manifest), JSON.stringify(manifest));
  });
  const disk = { ...(await folderSize(folder)), writeMs: written.ms };
  log(`  index skrivet: ${(disk.bytes / 1024 ** 2).toFixed(0)} MB på ${written.ms.toFixed(0)} ms`);

  snapshot('index skrivet till disk');
  const usage = process.memoryUsage();
  const peakOurs = peakRssBytes();
  log(`  topp-RSS ${(peakOurs / 1024 ** 2).toFixed(0)} MB`);

  const documents = passages.map((passage) => ({ id: passage.id, text: searchText(passage) }));
  const peer = await compareLexical({
    documents,
    queries: options.queries,
    k,
    search: setup.value,
    core: bm25.value,
    latency: options.search,
    peerLatency: options.peerSearch,
    log,
  });
  snapshot('MiniSearch och Orama byggda och sökta');

  let chars = 0;
  for (const passage of passages) chars += passage.text.length;
  const build = {
    generateMs: generated.ms,
    fitOfflineStateMs: fitted.ms,
    bm25Ms: bm25.ms,
    embedMs,
    embedPassagesPerSecond: (passages.length / embedMs) * 1000,
    hnswInsertMs: insertMs,
    hybridSetupMs: setup.ms,
    totalMs: 0,
  };
  build.totalMs = build.generateMs + build.fitOfflineStateMs + build.bm25Ms + build.embedMs + build.hnswInsertMs + build.hybridSetupMs;
  return {
    passages: passages.length,
    reports: reports.length,
    lexicalTerms: bm25.value.termCount,
    seed: options.seed,
    dimension: options.dimension,
    hnsw: options.hnsw,
    meanPassageChars: chars / Math.max(1, passages.length),
    build,
    search,
    searchSettings: { queries: options.queries.length, rounds: options.search.rounds, warmupRounds: options.search.warmupRounds, k },
    denseRecallAt10,
    denseRecallAt10WithTies,
    hybridSameAsExactAt10,
    efSweep,
    disk,
    memory: { peakRssBytes: peakOurs, rssAfterBuildBytes: usage.rss, heapUsedAfterBuildBytes: usage.heapUsed, peakRssWithPeerBytes: peakRssBytes(), steps },
    peer,
    filteredCore,
  };
}
