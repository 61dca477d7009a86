import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import type { ReportMeta } from '../types.ts';

const entrySchema = z.object({
  file: z.string().min(1),
  id: z.string().min(1).optional(),
  title: z.string().min(1),
  region: z.string().min(1),
  organisation: z.enum(['region', 'kommunerna', 'region och kommunerna']),
  kind: z.enum(['survey-region', 'survey-municipal', 'report', 'slides']),
  year: z.number().int().min(1990).max(2100),
  period: z.string().min(1).optional(),
  sourceUrl: z.url().optional(),
});

/** What the corpus manifest says about one report file; the id defaults to the file name. */
export type ManifestEntry = Omit<ReportMeta, 'id'> & { id?: string };

export const manifestFileName = 'manifest.json';

/** Validates a parsed manifest; the error names the report file (or entry index) and the field. */
export function parseManifest(raw: unknown, source = manifestFileName): Map<string, ManifestEntry> {
  const root = z.object({ reports: z.array(z.unknown()) }).safeParse(raw);
  if (!root.success) {
    throw new AppError('MANIFEST_INVALID', `${source}: fältet "reports" saknas eller är inte en lista.`, {
      details: { file: source, field: 'reports' },
    });
  }
  const entries = new Map<string, ManifestEntry>();
  root.data.reports.forEach((candidate, index) => {
    const file = typeof (candidate as { file?: unknown })?.file === 'string' ? (candidate as { file: string }).file : `reports[${index}]`;
    const parsed = entrySchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || '(posten)';
      throw new AppError('MANIFEST_INVALID', `${source}: posten för ${file} har ett ogiltigt fält "${field}": ${issue?.message}`, {
        details: { file, field },
      });
    }
    if (entries.has(parsed.data.file)) {
      throw new AppError('MANIFEST_INVALID', `${source}: ${parsed.data.file} förekommer två gånger (fältet "file").`, {
        details: { file: parsed.data.file, field: 'file' },
      });
    }
    entries.set(parsed.data.file, parsed.data as ManifestEntry);
  });
  return entries;
}

/** Reads corpusDir/manifest.json; a missing manifest means every report is detected from its text. */
export async function readManifest(corpusDir: string): Promise<Map<string, ManifestEntry>> {
  const manifestPath = path.join(corpusDir, manifestFileName);
  let text: string;
  try {
    text = await readFile(manifestPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new AppError('MANIFEST_INVALID', `${manifestFileName}: ogiltig JSON (${(error as Error).message}).`, {
      cause: error,
      details: { file: manifestFileName, field: null },
    });
  }
  return parseManifest(raw);
}
