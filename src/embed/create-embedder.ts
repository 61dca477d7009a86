import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import type { EmbedderInfo } from '../types.ts';
import type { Embedder } from './embedder.ts';
import { OfflineEmbedder } from './offline-embedder.ts';
import { emptyOfflineState, parseOfflineState, type OfflineState } from './offline-state.ts';

export interface CreateEmbedderOptions {
  /** The offline embedder's corpus fit (from fitOfflineState at ingest, or the index bundle). */
  offlineState?: OfflineState | null;
  /** Where the fallback warning goes; console.warn by default. */
  warn?: (message: string) => void;
}

/**
 * transformers.js (with onnxruntime) is loaded only when a model is asked for: importing it takes one to
 * several seconds, which an index built with the offline embedder would pay at every start for nothing.
 */
async function transformersFromConfig(config: Config): Promise<Embedder> {
  const { createTransformersEmbedder } = await import('./transformers-embedder.ts');
  return createTransformersEmbedder({
    modelId: config.modelId,
    modelDir: config.modelDir,
    allowRemoteModels: config.allowRemoteModels,
    batchSize: config.embedBatchSize,
    cacheDir: config.cacheDir,
  });
}

function offline(config: Config, state: OfflineState | null | undefined): OfflineEmbedder {
  return new OfflineEmbedder(state ?? emptyOfflineState(config.offlineDimension));
}

/**
 * The embedder the settings ask for. "auto" tries the model and falls back to the offline embedder,
 * saying so loudly: search quality differs a lot between the two, and nobody should find out by accident.
 */
export async function createEmbedder(config: Config, options: CreateEmbedderOptions = {}): Promise<Embedder> {
  if (config.embedder === 'offline') return offline(config, options.offlineState);
  if (config.embedder === 'transformers') return transformersFromConfig(config);
  try {
    return await transformersFromConfig(config);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    (options.warn ?? console.warn)(
      `VARNING: embeddingmodellen ${config.modelId} kunde inte laddas, använder reservinbäddningen (offline, utan modell). ` +
        `WARNING: the embedding model could not be loaded; falling back to the offline n-gram embedder. Orsak/reason: ${reason}`,
    );
    return offline(config, options.offlineState);
  }
}

/**
 * Recreates the embedder that built an index, from the index's EmbedderInfo and saved offline state,
 * so that queries are embedded exactly as the passages were. Refuses (INDEX_INCOMPATIBLE) when that
 * embedder cannot be had here, rather than silently searching with another.
 */
export async function embedderForIndex(info: EmbedderInfo, config: Config, offlineState?: unknown): Promise<Embedder> {
  let embedder: Embedder;
  if (info.kind === 'offline') {
    const parsed = parseOfflineState(offlineState);
    if (!parsed) {
      throw new AppError('INDEX_INCOMPATIBLE', 'Indexet byggdes med reservinbäddningen men dess tillstånd saknas eller är ogiltigt; kör om `npm run ingest`.');
    }
    embedder = new OfflineEmbedder(parsed);
  } else {
    try {
      embedder = await transformersFromConfig({ ...config, modelId: info.model ?? config.modelId });
    } catch (error) {
      throw new AppError(
        'INDEX_INCOMPATIBLE',
        `Indexet byggdes med ${info.id}, men den modellen kan inte laddas här (${(error as Error).message}); kör om \`npm run ingest\`.`,
        { cause: error },
      );
    }
  }
  if (embedder.info.id !== info.id || embedder.info.dimension !== info.dimension) {
    throw new AppError(
      'INDEX_INCOMPATIBLE',
      `Indexet byggdes med ${info.id} (${info.dimension} dim) men här finns ${embedder.info.id} (${embedder.info.dimension} dim); kör om \`npm run ingest\`.`,
    );
  }
  return embedder;
}
