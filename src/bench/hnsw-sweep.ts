import { OfflineEmbedder } from '../embed/offline-embedder.ts';
import { fitOfflineState } from '../embed/offline-state.ts';
import { ExactVectorIndex } from '../store/exact-vector-index.ts';
import { HnswIndex } from '../store/hnsw-index.ts';
import { searchTextOf } from '../store/search-text.ts';
import type { Passage, Theme } from '../types.ts';
import { latencyOf } from './measure.ts';
import { pick, seededRandom } from './random.ts';
import type { LatencySummary } from './stats.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

export interface SweepOptions {
  source: { passages: readonly Passage[]; themes: readonly Theme[] };
  count: number;
  seed: number;
  dimension: number;
  queries: readonly string[];
  /** (M, efConstruction) pairs to build. */
  settings: { m: number; efConstruction: number }[];
  efSearch: number[];
  log(message: string): void;
}

export interface SweepRow {
  m: number;
  efConstruction: number;
  buildMs: number;
  buildCpuMs: number;
  recall: { ef: number; recallAt10: number; latency: LatencySummary }[];
}

/**
 * Builds one HNSW graph per (M, efConstruction) over the same embedded synthetic corpus and measures
 * build time (wall and CPU) and recall@10 against exact search at several efSearch. The queries are
 * the bench's questions plus passage openings (as a user pastes a sentence), so recall is not judged
 * on 30 queries alone.
 */
export async function runHnswSweep(options: SweepOptions): Promise<SweepRow[]> {
  const { passages, reports } = syntheticCorpus(options.source, { count: options.count, seed: options.seed });
  const reportsById = new Map(reports.map((report) => [report.id, report]));
  const texts = passages.map((passage) => searchTextOf(passage, reportsById.get(passage.reportId)));
  const embedder = new OfflineEmbedder(fitOfflineState(texts, options.dimension));
  const exact = new ExactVectorIndex(options.dimension);
  const vectors = texts.map((text, number) => {
    const vector = embedder.embedOne(text, 'passage');
    exact.add(passages[number]!.id, vector);
    return vector;
  });
  options.log(`  ${passages.length} passager inbäddade`);
  const random = seededRandom(options.seed + 1);
  const openings = Array.from({ length: 70 }, () => pick(random, passages).text.split(/\s+/).slice(0, 8).join(' '));
  const queryVectors = [...options.queries, ...openings].map((query) => embedder.embedOne(query, 'query'));
  const truths = queryVectors.map((query) => new Set(exact.search(query, 10).map((hit) => hit.id)));
  const rows: SweepRow[] = [];
  for (const setting of options.settings) {
    const index = HnswIndex.create(options.dimension, { ...setting, efSearch: options.efSearch[0]! });
    const cpu = process.cpuUsage();
    const started = performance.now();
    passages.forEach((passage, number) => index.add(passage.id, vectors[number]!));
    const buildMs = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const recall: SweepRow['recall'] = [];
    for (const ef of options.efSearch) {
      let found = 0;
      queryVectors.forEach((query, at) => {
        found += index.search(query, ef).slice(0, 10).filter((hit) => truths[at]!.has(hit.id)).length / Math.max(1, truths[at]!.size);
      });
      const latency = await latencyOf(queryVectors, (query) => index.search(query, ef).length, { rounds: 3, warmupRounds: 1 });
      recall.push({ ef, recallAt10: found / queryVectors.length, latency });
    }
    const row = { ...setting, buildMs, buildCpuMs: (used.user + used.system) / 1000, recall };
    rows.push(row);
    options.log(
      `  M ${row.m}, efConstruction ${row.efConstruction}: bygge ${(buildMs / 1000).toFixed(1)} s (CPU ${(row.buildCpuMs / 1000).toFixed(1)} s); ` +
        recall.map((entry) => `ef ${entry.ef}: ${(entry.recallAt10 * 100).toFixed(1)} % p50 ${entry.latency.p50.toFixed(2)} ms`).join(', '),
    );
  }
  return rows;
}
