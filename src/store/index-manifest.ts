import { z } from 'zod';
import { AppError } from '../errors.ts';
import type { EmbedderInfo, Report, Theme } from '../types.ts';
import type { ArtefactChecksum } from './artefact-checksums.ts';
import type { HnswParams } from './hnsw-index.ts';

/**
 * Bump when any file of the index bundle changes shape; older indexes are then refused, not misread.
 * 2: the manifest carries a checksum per artefact (`files`). 3: the exact vector matrix (vectors.f32).
 */
export const indexFormatVersion = 3;

/** manifest.json of an index: what was built, when, and with which embedder. */
export interface IndexManifest {
  formatVersion: number;
  /** ISO 8601. */
  builtAt: string;
  embedder: EmbedderInfo;
  hnsw: HnswParams;
  counts: { reports: number; passages: number; vectors: number; lexicalTerms: number };
  reports: Report[];
  themes: Theme[];
  /** Hash of the corpus the index was built from, so a start can tell whether it is stale. */
  corpusFingerprint?: string;
  /** Size and SHA-256 of every other file of the index, verified before the index is loaded. */
  files: Record<string, ArtefactChecksum>;
}

const reportSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  region: z.string(),
  organisation: z.enum(['region', 'kommunerna', 'region och kommunerna']),
  kind: z.enum(['survey-region', 'survey-municipal', 'report', 'slides']),
  year: z.number().int().nullable(),
  period: z.string().optional(),
  file: z.string(),
  sourceUrl: z.string().optional(),
  pageCount: z.number().int().nullable(),
  contentHash: z.string(),
  passageCount: z.number().int().min(0),
  themes: z.array(z.string()),
  warnings: z.array(z.string()),
});

const themeSchema = z.object({ id: z.string().min(1), label: z.string(), aliases: z.array(z.string()) });

export const embedderInfoSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['transformers', 'offline']),
  model: z.string().nullable(),
  dimension: z.number().int().min(1),
});

export const indexManifestSchema = z.object({
  formatVersion: z.number().int(),
  builtAt: z.string(),
  embedder: embedderInfoSchema,
  hnsw: z.object({ m: z.number().int().min(1), efConstruction: z.number().int().min(1), efSearch: z.number().int().min(1) }),
  counts: z.object({
    reports: z.number().int().min(0),
    passages: z.number().int().min(0),
    vectors: z.number().int().min(0),
    lexicalTerms: z.number().int().min(0),
  }),
  reports: z.array(reportSchema),
  themes: z.array(themeSchema),
  corpusFingerprint: z.string().optional(),
  files: z.record(z.string(), z.object({ bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});

/** Validates a parsed manifest.json: INDEX_INCOMPATIBLE for another format version, INDEX_CORRUPT for anything malformed. */
export function parseIndexManifest(json: unknown): IndexManifest {
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version !== indexFormatVersion) {
    throw new AppError('INDEX_INCOMPATIBLE', `Indexet har formatversion ${version}, programmet läser ${indexFormatVersion}; kör om \`npm run ingest\`.`);
  }
  const parsed = indexManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('INDEX_CORRUPT', `Indexets manifest.json är ogiltigt (${issue?.path.join('.')}: ${issue?.message}); kör om \`npm run ingest\`.`);
  }
  return parsed.data as IndexManifest;
}

/** Refuses to search an index with another embedder than the one that built it. */
export function assertCompatible(manifest: IndexManifest, embedderInfo: EmbedderInfo): void {
  if (manifest.formatVersion !== indexFormatVersion) {
    throw new AppError('INDEX_INCOMPATIBLE', `Indexet har formatversion ${manifest.formatVersion}, programmet läser ${indexFormatVersion}; kör om \`npm run ingest\`.`);
  }
  const built = manifest.embedder;
  if (built.id !== embedderInfo.id || built.dimension !== embedderInfo.dimension) {
    throw new AppError(
      'INDEX_INCOMPATIBLE',
      `Indexet byggdes med ${built.id} (${built.dimension} dim) men sökningen använder ${embedderInfo.id} (${embedderInfo.dimension} dim); kör om \`npm run ingest\`.`,
      { details: { built, current: embedderInfo } },
    );
  }
}
