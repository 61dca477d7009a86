import { existsSync } from 'node:fs';
import path from 'node:path';
import { env, pipeline, type FeatureExtractionPipeline } from '@huggingface/transformers';
import { AppError } from '../errors.ts';
import type { EmbedderInfo } from '../types.ts';
import type { Embedder } from './embedder.ts';

// transformers.js keeps its settings in a global; remember its own default to restore it.
const defaultLocalModelPath = env.localModelPath;

export type ModelPrecision = 'q8' | 'fp32';

export interface TransformersEmbedderOptions {
  /** Hub id, e.g. "Xenova/multilingual-e5-small"; names the embedder even when loaded from a folder. */
  modelId: string;
  /** A folder holding the model itself (config.json, tokenizer files, onnx/); when set, nothing is fetched. */
  modelDir?: string | undefined;
  allowRemoteModels: boolean;
  batchSize: number;
  /** Where downloads are cached when remote models are allowed. */
  cacheDir?: string | undefined;
  /** Default: q8 (model_quantized.onnx), or fp32 when a local folder only has model.onnx. */
  precision?: ModelPrecision;
  /** e5 models expect "query: " / "passage: "; default on for ids containing "e5". */
  prefixes?: { query: string; passage: string } | null;
}

/** e5 models were trained with these prefixes and lose quality without them. */
export function defaultPrefixes(modelId: string): { query: string; passage: string } | null {
  return /(^|[^a-z])e5([^a-z0-9]|$)/i.test(modelId) ? { query: 'query: ', passage: 'passage: ' } : null;
}

function choosePrecision(options: TransformersEmbedderOptions): ModelPrecision {
  if (options.precision) return options.precision;
  if (!options.modelDir) return 'q8';
  return existsSync(path.join(options.modelDir, 'onnx', 'model_quantized.onnx')) ? 'q8' : 'fp32';
}

/** Where transformers.js should look: it joins env.localModelPath with the name it is given. */
function locate(options: TransformersEmbedderOptions): { localModelPath: string | undefined; name: string } {
  if (!options.modelDir) return { localModelPath: undefined, name: options.modelId };
  const folder = path.resolve(options.modelDir);
  if (!existsSync(path.join(folder, 'config.json'))) {
    throw new AppError('MODEL_UNAVAILABLE', `Ingen modell i ${folder} (config.json saknas).`, { details: { modelDir: folder } });
  }
  return { localModelPath: path.dirname(folder) + path.sep, name: path.basename(folder) };
}

/**
 * Loads a sentence-embedding model through transformers.js (mean pooling, unit length). The only
 * file that imports @huggingface/transformers. Throws AppError('MODEL_UNAVAILABLE') when the model
 * cannot be loaded; never downloads unless allowRemoteModels is set.
 */
export async function createTransformersEmbedder(options: TransformersEmbedderOptions): Promise<Embedder> {
  const precision = choosePrecision(options);
  const { localModelPath, name } = locate(options);
  env.allowLocalModels = true;
  env.allowRemoteModels = options.allowRemoteModels && !options.modelDir;
  env.localModelPath = localModelPath ?? defaultLocalModelPath;
  if (options.cacheDir) env.cacheDir = path.join(options.cacheDir, 'models');

  let extractor: FeatureExtractionPipeline;
  try {
    extractor = (await pipeline('feature-extraction', name, {
      dtype: precision,
      device: 'cpu',
      local_files_only: !env.allowRemoteModels,
    })) as FeatureExtractionPipeline;
  } catch (error) {
    const where = options.modelDir ? `mappen ${path.resolve(options.modelDir)}` : `hubben (fjärrhämtning ${options.allowRemoteModels ? 'på' : 'av'})`;
    throw new AppError('MODEL_UNAVAILABLE', `Modellen ${options.modelId} kunde inte laddas från ${where}: ${(error as Error).message}`, {
      cause: error,
      details: { modelId: options.modelId, precision },
    });
  }

  const probe = await extractor(['x'], { pooling: 'mean', normalize: true });
  const dimension = probe.dims[probe.dims.length - 1]!;
  const prefixes = options.prefixes === undefined ? defaultPrefixes(options.modelId) : options.prefixes;
  const info: EmbedderInfo = { id: `transformers:${options.modelId}:${precision}`, kind: 'transformers', model: options.modelId, dimension };
  const batchSize = Math.max(1, options.batchSize);

  return {
    info,
    async embed(texts: string[], role: 'query' | 'passage'): Promise<Float32Array[]> {
      const prefix = prefixes ? prefixes[role] : '';
      const vectors: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        const batch = texts.slice(start, start + batchSize).map((text) => prefix + text);
        const output = await extractor(batch, { pooling: 'mean', normalize: true });
        const data = output.data as Float32Array;
        for (let row = 0; row < batch.length; row++) vectors.push(data.slice(row * dimension, (row + 1) * dimension));
      }
      return vectors;
    },
  };
}
