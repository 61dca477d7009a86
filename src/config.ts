import { z } from 'zod';
import { AppError } from './errors.ts';

/**
 * Every setting of the service, parsed once from the environment in main.ts (or a script) and passed down.
 * Nothing else reads process.env.
 */
const hostList = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(',').map((part) => part.trim()).filter(Boolean) : value),
  z.array(z.string().min(1)),
);

// Header values are bytes; printable ASCII survives every client and proxy unchanged.
const apiKeyText = z.string().regex(/^[\x21-\x7e]{8,}$/, 'minst 8 tecken, bara synliga ASCII-tecken');

export const configSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().default('127.0.0.1'),
  corpusDir: z.string().min(1).default('corpus'),
  indexDir: z.string().min(1).default('index'),
  /** Embedding cache, kept outside the index folder so that an atomic index swap does not throw it away. */
  cacheDir: z.string().min(1).default('.cache'),
  /** Whether `npm run ingest` may index the readable reports when some file failed (else it stops, leaving the index as it was). */
  tolerateIngestFailures: z.stringbool().default(false),
  embedder: z.enum(['auto', 'transformers', 'offline']).default('auto'),
  modelId: z.string().min(1).default('Xenova/multilingual-e5-small'),
  /** A local folder holding the model (config.json, tokenizer files, onnx/). Set it on machines without a model hub. */
  modelDir: z.string().optional(),
  /** Whether transformers.js may download the model from the hub (once, then cached); a modelDir always wins. */
  allowRemoteModels: z.stringbool().default(true),
  embedBatchSize: z.coerce.number().int().min(1).max(512).default(16),
  offlineDimension: z.coerce.number().int().min(64).max(4096).default(512),
  /*
   * M 16, efConstruction 200, chosen with scripts/hnsw-sweep.ts at 100,000 synthetic passages (Heaps'-law
   * vocabulary, offline embedder, 100 queries; shared 2-core machine): M 16 builds in 115 s CPU with
   * recall@10 83 / 89 / 93 % at efSearch 400 / 800 / 1600; M 32 takes 151 s CPU (+31 %) and more memory for
   * 87 / 91 / 95 %; efConstruction 100 (at 20,000) lost 3–4 points for 40 % less build time. Neither
   * reaches 95 % at efSearch 400. Not for ties (re-measured: no passage ties the 10th best within 1e-6,
   * so recall counting ties is the same figure) but for low contrast: a short question's hashed vector
   * (~90 of 512 dimensions) is about equally far from everything (median cosine of the 1st, 10th, 11th,
   * 100th best: 0.40, 0.352, 0.351, 0.29), and HNSW's greedy walk misses such neighbours. Exact
   * rescoring cannot help (hnswlib's distances are already exact); 95 % would take M 32 and efSearch
   * ≈ 2,000, ~8 ms per dense search against a 5 ms budget for the whole hybrid search.
   */
  hnswM: z.coerce.number().int().min(4).max(128).default(16),
  hnswEfConstruction: z.coerce.number().int().min(10).max(2000).default(200),
  // 400: at 100,000 synthetic passages recall@10 is 83.0 % (2.5 ms a search for 10 on a shared machine); 800 gives 87.7 % (3.7 ms), 1,600 91.7 % (7.1 ms).
  hnswEfSearch: z.coerce.number().int().min(10).max(2000).default(400),
  /**
   * Server processes (node:cluster), each loading the whole index and sharing the port; 0 = one per
   * core, at most 4. One Node thread serves one request at a time, so a second worker is what puts a
   * second core to work; each costs a full copy of the index in memory (npm run bench measures it).
   */
  workers: z.coerce.number().int().min(0).max(64).default(0),
  bodyLimit: z.string().default('100kb'),
  llmBaseUrl: z.url().optional(),
  llmModel: z.string().optional(),
  llmApiKey: z.string().optional(),
  llmTimeoutMs: z.coerce.number().int().min(100).max(600_000).default(20_000),
  /** When set, every /api/* request must carry it (x-api-key or Authorization: Bearer). */
  apiKey: apiKeyText.optional(),
  /** Key for /api/admin/*; defaults to apiKey. With neither, admin calls are accepted from loopback only. */
  adminKey: apiKeyText.optional(),
  /** Host header values served (port ignored); anything else is refused, which defeats DNS rebinding. `*` allows all. */
  allowedHosts: hostList.default(['localhost', '127.0.0.1', '[::1]']),
  /** Origins allowed to call the API from another site; empty (the default) sends no CORS headers. */
  corsOrigins: hostList.default([]),
  /** Watch the index folder and swap in a new index when its manifest changes. */
  reloadWatch: z.stringbool().default(true),
  /** How often the watch also polls the manifest (fs.watch misses events on some file systems); 0 turns polling off. */
  reloadPollMs: z.coerce.number().int().min(0).max(3_600_000).default(2000),
});

export type Config = z.infer<typeof configSchema>;

/** Environment variable per setting; kept in one table so the README can list them. */
export const environmentNames: Record<keyof Config, string> = {
  port: 'PORT',
  host: 'HOST',
  corpusDir: 'UTBLICK_CORPUS_DIR',
  indexDir: 'UTBLICK_INDEX_DIR',
  cacheDir: 'UTBLICK_CACHE_DIR',
  tolerateIngestFailures: 'UTBLICK_TOLERATE_INGEST_FAILURES',
  embedder: 'UTBLICK_EMBEDDER',
  modelId: 'UTBLICK_MODEL_ID',
  modelDir: 'UTBLICK_MODEL_DIR',
  allowRemoteModels: 'UTBLICK_ALLOW_REMOTE_MODELS',
  embedBatchSize: 'UTBLICK_EMBED_BATCH_SIZE',
  offlineDimension: 'UTBLICK_OFFLINE_DIMENSION',
  hnswM: 'UTBLICK_HNSW_M',
  hnswEfConstruction: 'UTBLICK_HNSW_EF_CONSTRUCTION',
  hnswEfSearch: 'UTBLICK_HNSW_EF_SEARCH',
  workers: 'UTBLICK_WORKERS',
  bodyLimit: 'UTBLICK_BODY_LIMIT',
  llmBaseUrl: 'UTBLICK_LLM_BASE_URL',
  llmModel: 'UTBLICK_LLM_MODEL',
  llmApiKey: 'UTBLICK_LLM_API_KEY',
  llmTimeoutMs: 'UTBLICK_LLM_TIMEOUT_MS',
  apiKey: 'UTBLICK_API_KEY',
  adminKey: 'UTBLICK_ADMIN_KEY',
  allowedHosts: 'UTBLICK_ALLOWED_HOSTS',
  corsOrigins: 'UTBLICK_CORS_ORIGINS',
  reloadWatch: 'UTBLICK_RELOAD_WATCH',
  reloadPollMs: 'UTBLICK_RELOAD_POLL_MS',
};

export function loadConfig(environment: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const raw: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(environmentNames)) {
    const value = environment[name];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = configSchema.safeParse({ ...raw, ...overrides });
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((issue) => `${environmentNames[issue.path[0] as keyof Config] ?? issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new AppError('CONFIG_INVALID', `Ogiltig konfiguration: ${issues}`);
  }
  return parsed.data;
}
