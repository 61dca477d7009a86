import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';
import { parseOfflineState, type OfflineState } from '../embed/offline-state.ts';
import { AppError } from '../errors.ts';
import type { EmbedderInfo, Passage, Report, Theme } from '../types.ts';
import { Bm25Index } from './bm25-index.ts';
import { deserializeBm25, serializeBm25 } from './bm25-serialize.ts';
import { checkArtefactList, checksumArtefacts, checksumOf, OffThreadHasher, readVerifiedArtefact, verifyArtefacts, type ArtefactChecksum } from './artefact-checksums.ts';
import { exists, removeStaleTemporaries, swapFolder, syncPath, writeFileDurably } from './durable-files.ts';
import { parseHnswIds, type HnswIds } from './hnsw-file-check.ts';
import { vectorMatrixFileName } from './exact-vector-index.ts';
import { HnswIndex, hnswFileName, hnswIdsFileName, type HnswParams } from './hnsw-index.ts';
import { indexFormatVersion, parseIndexManifest, type IndexManifest } from './index-manifest.ts';
import { parsePassagesJsonl } from './passage-schema.ts';
import { searchTextOf } from './search-text.ts';
import type { VectorIndex } from './vector-index.ts';

/** What ingest hands over; both indexes are built here from it (BM25 over `searchTextOf`). */
export interface IndexBundleInput {
  reports: Report[];
  passages: Passage[];
  /** Cleaned report text by report id; passages' offsets point into these. */
  cleanedTexts: Record<string, string>;
  themes: Theme[];
  embedderInfo: EmbedderInfo;
  offlineState?: OfflineState | null;
  /** One vector per passage id (embedded from `searchTextOf`, role "passage"). */
  vectors: ReadonlyMap<string, Float32Array>;
  /** See IndexManifest.corpusFingerprint. */
  corpusFingerprint?: string;
}

/** A loaded index, ready to search. */
export interface IndexBundle {
  manifest: IndexManifest;
  reports: Report[];
  passages: Passage[];
  cleanedTexts: Record<string, string>;
  themes: Theme[];
  vectorIndex: VectorIndex;
  lexicalIndex: Bm25Index;
  offlineState: OfflineState | null;
}

export type HnswConfig = Pick<Config, 'hnswM' | 'hnswEfConstruction' | 'hnswEfSearch'>;

export const bundleFiles = {
  manifest: 'manifest.json',
  passages: 'passages.jsonl',
  cleanedTexts: 'cleaned-texts.json',
  lexical: 'lexical.bin',
  offlineState: 'offline-state.json',
} as const;

const previousOf = (indexDir: string): string => `${path.resolve(indexDir)}.previous`;

/**
 * Writes the whole index atomically: everything goes into a sibling temporary folder, is fsynced, and
 * only then replaces the old index (see swapFolder). A failure at any point leaves the previous index
 * as it was. The files we write are hashed from memory and checked on disk before the swap, so a write
 * that did not land intact never replaces a good index. `hooks.beforeSwap` (given the temporary
 * folder) exists for tests that simulate a crash or damage.
 */
export async function writeIndexBundle(
  indexDir: string,
  bundle: IndexBundleInput,
  config: HnswConfig,
  hooks: { beforeSwap?: (temporary: string) => void | Promise<void> } = {},
): Promise<IndexManifest> {
  const target = path.resolve(indexDir);
  const temporary = `${target}.tmp-${process.pid}-${Date.now()}`;
  const hnsw: HnswParams = { m: config.hnswM, efConstruction: config.hnswEfConstruction, efSearch: config.hnswEfSearch };
  const reportsById = new Map(bundle.reports.map((report) => [report.id, report]));
  await removeStaleTemporaries(target);
  await mkdir(temporary, { recursive: true });
  try {
    const file = (name: string): string => path.join(temporary, name);
    const checksums: Record<string, ArtefactChecksum> = {};
    const write = async (name: string, data: string | Uint8Array): Promise<void> => {
      checksums[name] = checksumOf(data);
      await writeFileDurably(file(name), data);
    };
    await write(bundleFiles.passages, bundle.passages.map((passage) => JSON.stringify(passage)).join('\n') + '\n');
    await write(bundleFiles.cleanedTexts, JSON.stringify(bundle.cleanedTexts));
    if (bundle.offlineState) await write(bundleFiles.offlineState, JSON.stringify(bundle.offlineState));

    const vectorIndex = HnswIndex.create(bundle.embedderInfo.dimension, hnsw);
    for (const passage of bundle.passages) {
      const vector = bundle.vectors.get(passage.id);
      if (!vector) throw new AppError('INTERNAL', `Vektor saknas för passagen ${passage.id}.`);
      vectorIndex.add(passage.id, vector);
    }
    await vectorIndex.save(temporary);
    await syncPath(file(hnswFileName));

    const lexicalIndex = Bm25Index.build(
      bundle.passages.map((passage) => ({ id: passage.id, text: searchTextOf(passage, reportsById.get(passage.reportId)) })),
    );
    await write(bundleFiles.lexical, serializeBm25(lexicalIndex));
    const manifest: IndexManifest = {
      formatVersion: indexFormatVersion,
      builtAt: new Date().toISOString(),
      embedder: bundle.embedderInfo,
      hnsw,
      counts: {
        reports: bundle.reports.length,
        passages: bundle.passages.length,
        vectors: vectorIndex.size,
        lexicalTerms: lexicalIndex.termCount,
      },
      reports: bundle.reports,
      themes: bundle.themes,
      ...(bundle.corpusFingerprint ? { corpusFingerprint: bundle.corpusFingerprint } : {}),
      // hnswlib writes its own files, so those are hashed from disk; the rest from what was meant to be written.
      files: { ...checksums, ...(await checksumArtefacts(temporary, [hnswFileName, hnswIdsFileName, vectorMatrixFileName])) },
    };
    // The manifest goes last: a folder with a manifest is a complete folder.
    await writeFileDurably(file(bundleFiles.manifest), JSON.stringify(manifest, null, 1));
    await syncPath(temporary);
    await hooks.beforeSwap?.(temporary);
    await verifyArtefacts(temporary, manifest.files, Object.keys(manifest.files));
    await swapFolder(temporary, target, previousOf(target));
    await syncPath(path.dirname(target));
    return manifest;
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
}

/** Where a complete index is: the folder itself, or the previous one left by a swap interrupted midway. */
async function locateIndex(indexDir: string): Promise<string> {
  const target = path.resolve(indexDir);
  if (await exists(path.join(target, bundleFiles.manifest))) return target;
  if (await exists(path.join(previousOf(target), bundleFiles.manifest))) return previousOf(target);
  throw new AppError('INDEX_MISSING', `Inget index i ${target}; kör \`npm run ingest\` först.`);
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new AppError('INDEX_CORRUPT', `${path.basename(file)} i indexet kan inte läsas (${(error as Error).message}); kör om \`npm run ingest\`.`, { cause: error });
  }
}

/** The files an index of this embedder kind must have, each with its checksum in the manifest. */
export function requiredArtefacts(embedderKind: EmbedderInfo['kind']): string[] {
  const files: string[] = [bundleFiles.passages, bundleFiles.cleanedTexts, bundleFiles.lexical, hnswFileName, hnswIdsFileName, vectorMatrixFileName];
  return embedderKind === 'offline' ? [...files, bundleFiles.offlineState] : files;
}

/**
 * Loads an index written by writeIndexBundle; efSearch comes from the current config. Files of at
 * least `offThreadBytes` are hashed on a worker thread (tests set 0 to send every file there).
 */
export async function readIndexBundle(indexDir: string, config: HnswConfig, options: { offThreadBytes?: number } = {}): Promise<IndexBundle> {
  const directory = await locateIndex(indexDir);
  const file = (name: string): string => path.join(directory, name);
  const manifest = parseIndexManifest(await readJson(file(bundleFiles.manifest)));
  checkArtefactList(directory, manifest.files, requiredArtefacts(manifest.embedder.kind));
  // Every artefact the manifest lists is read once and its bytes checked; a parser only ever gets
  // bytes that passed (least of all hnswlib's native one, see HnswIndex.fromFiles). All reads start
  // at once and the large files are hashed on a second thread, so the main thread parses one file
  // while others are still being read and checked.
  const hasher = new OffThreadHasher(options.offThreadBytes);
  try {
    return await loadVerified(directory, manifest, config, (name, want) => readVerifiedArtefact(directory, name, want, hasher));
  } finally {
    hasher.close();
  }
}

async function loadVerified(
  directory: string,
  manifest: IndexManifest,
  config: HnswConfig,
  read: (name: string, want: ArtefactChecksum) => Promise<Buffer>,
): Promise<IndexBundle> {
  const corrupt = (reason: string): AppError => new AppError('INDEX_CORRUPT', `Indexet i ${directory} är trasigt: ${reason}; kör om \`npm run ingest\`.`);
  const artefacts = new Map(Object.entries(manifest.files).map(([name, want]) => [name, read(name, want)] as const));
  // Each is awaited below; a failure is thrown there (and one never awaited is not an unhandled rejection).
  for (const pending of artefacts.values()) pending.catch(() => undefined);
  const verified = (name: string): Promise<Buffer> => artefacts.get(name)!;

  const passages = parsePassagesJsonl(await verified(bundleFiles.passages));
  if (passages.length !== manifest.counts.passages) throw corrupt(`${passages.length} passager men manifestet säger ${manifest.counts.passages}`);
  const reportIds = manifest.reports.map((report) => report.id);
  const cleanedTexts = lazyCleanedTexts(await verified(bundleFiles.cleanedTexts), reportIds);
  // Every passage must have exactly one vector, and no vector may name a passage that is not there.
  const idsBytes = await verified(hnswIdsFileName);
  let vectorIds: HnswIds;
  try {
    vectorIds = parseHnswIds(idsBytes.toString('utf8'));
  } catch (error) {
    throw corrupt(`${hnswIdsFileName} kan inte läsas (${(error as Error).message})`);
  }
  // The writer adds vectors in passage order, so position by position is the usual check; a set otherwise.
  // (The ids are unique: parseHnswIds refuses duplicates.)
  const inPassageOrder = vectorIds.ids.length === passages.length && vectorIds.ids.every((id, number) => id === passages[number]!.id);
  if (!inPassageOrder) {
    const passageIds = new Set(passages.map((passage) => passage.id));
    if (vectorIds.ids.length !== passageIds.size || vectorIds.ids.some((id) => !passageIds.has(id))) {
      throw corrupt(`${hnswIdsFileName} stämmer inte med passagerna`);
    }
  }

  const lexicalIndex = deserializeBm25(await verified(bundleFiles.lexical));
  if (lexicalIndex.size !== passages.length) throw corrupt('det lexikala indexet stämmer inte med passagerna');

  const params = { ...manifest.hnsw, efSearch: config.hnswEfSearch };
  const vectorIndex = await HnswIndex.fromFiles(directory, params, vectorIds, await verified(hnswFileName), await verified(vectorMatrixFileName));
  if (vectorIndex.size !== manifest.counts.vectors || vectorIndex.dimension !== manifest.embedder.dimension) {
    throw corrupt('vektorindexet stämmer inte med manifestet');
  }

  let offlineState: OfflineState | null = null;
  if (artefacts.has(bundleFiles.offlineState)) {
    offlineState = parseOfflineState(parseArtefactJson(bundleFiles.offlineState, await verified(bundleFiles.offlineState)));
    if (!offlineState) throw corrupt(`${bundleFiles.offlineState} är ogiltig`);
  } else if (manifest.embedder.kind === 'offline') {
    throw corrupt(`${bundleFiles.offlineState} saknas`);
  }
  return { manifest, reports: manifest.reports, passages, cleanedTexts, themes: manifest.themes, vectorIndex, lexicalIndex, offlineState };
}

function parseArtefactJson(name: string, bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new AppError('INDEX_CORRUPT', `${name} i indexet kan inte läsas (${(error as Error).message}); kör om \`npm run ingest\`.`, { cause: error });
  }
}

/**
 * The cleaned report texts (116 MB at 100,000 passages), verified at load but parsed the first time a
 * source view asks for one: nothing at start-up reads them. Reads like the plain record it replaces.
 * A module-level function on purpose: a closure made inside the loader would keep all its buffers alive.
 */
function lazyCleanedTexts(bytes: Buffer | null, reportIds: readonly string[]): Record<string, string> {
  let parsed: Record<string, string> | undefined;
  const texts = (): Record<string, string> => {
    if (!parsed) {
      parsed = parseArtefactJson(bundleFiles.cleanedTexts, bytes!) as Record<string, string>;
      bytes = null;
    }
    return parsed;
  };
  const record: Record<string, string> = {};
  for (const id of reportIds) Object.defineProperty(record, id, { enumerable: true, get: () => texts()[id] });
  return record;
}
