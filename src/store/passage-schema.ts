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

/**
 * passages.jsonl → passages; INDEX_CORRUPT naming the first bad line. Bytes are decoded line by line:
 * at 100,000 passages the file is ~160 MB, and one string of it (two bytes a character once any
 * character is outside Latin-1) would be the largest thing in memory while loading.
 */
export function parsePassagesJsonl(input: string | Buffer): Passage[] {
  const passages: Passage[] = [];
  const parseLine = (line: string, index: number): void => {
    if (line.trim().length === 0) return;
    try {
      passages.push(passageSchema.parse(JSON.parse(line)) as Passage);
    } catch (error) {
      throw new AppError('INDEX_CORRUPT', `passages.jsonl rad ${index + 1} är ogiltig (${(error as Error).message.slice(0, 200)}); kör om \`npm run ingest\`.`);
    }
  };
  if (typeof input === 'string') {
    input.split('\n').forEach(parseLine);
    return passages;
  }
  const newline = 0x0a;
  for (let start = 0, index = 0; start <= input.length; index++) {
    let end = input.indexOf(newline, start);
    if (end < 0) end = input.length;
    parseLine(input.toString('utf8', start, end), index);
    start = end + 1;
  }
  return passages;
}
