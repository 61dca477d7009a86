import { z } from 'zod';
import { AppError } from '../errors.ts';
import type { Passage } from '../types.ts';

export const passageSchema = z.object({
  id: z.string().min(1),
  reportId: z.string().min(1),
  themeId: z.string(),
  secondaryThemeIds: z.array(z.string()).optional(),
  question: z.object({ form: z.enum(['region', 'municipal']), number: z.string(), text: z.string() }).nullable(),
  headingPath: z.array(z.string()),
  text: z.string(),
  page: z.number().int().nullable(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  isAgreementText: z.boolean(),
  ordinal: z.number().int().min(0),
  linkedItems: z.array(z.object({ item: z.number().int(), passageId: z.string() })).optional(),
});

/** passages.jsonl → passages; INDEX_CORRUPT naming the first bad line. */
export function parsePassagesJsonl(text: string): Passage[] {
  const passages: Passage[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim().length === 0) return;
    try {
      passages.push(passageSchema.parse(JSON.parse(line)) as Passage);
    } catch (error) {
      throw new AppError('INDEX_CORRUPT', `passages.jsonl rad ${index + 1} är ogiltig (${(error as Error).message.slice(0, 200)}); kör om \`npm run ingest\`.`);
    }
  });
  return passages;
}
