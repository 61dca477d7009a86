import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { AppError } from '../errors.ts';

const goldItemSchema = z.object({
  id: z.string(),
  type: z.string(),
  question: z.string().min(1),
  evidence: z.array(z.object({ doc: z.string(), quote: z.string() })),
  regions: z.array(z.string()),
  answer: z.string().optional(),
  notes: z.string().optional(),
});

/** One item of a question file in the format of the development set. */
export type GoldItem = z.infer<typeof goldItemSchema>;

export async function readGoldSet(path: string): Promise<GoldItem[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new AppError('BAD_REQUEST', `Kan inte läsa frågefilen ${path}: ${(error as Error).message}`, { cause: error });
  }
  const parsed = z.array(goldItemSchema).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('BAD_REQUEST', `Frågefilen ${path} har fel format vid ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

export const isUnanswerable = (item: GoldItem): boolean => item.type === 'unanswerable' || item.evidence.length === 0;
export const needsRegionCoverage = (item: GoldItem): boolean =>
  ['list_regions', 'theme_summary', 'cross_form'].includes(item.type);
