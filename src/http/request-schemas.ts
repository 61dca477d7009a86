import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

export const filtersSchema = z.strictObject({
  regions: z.array(text(200)).max(50).optional(),
  themes: z.array(text(200)).max(50).optional(),
  years: z.array(z.number().int().min(1900).max(2100)).max(50).optional(),
  kinds: z.array(z.enum(['survey-region', 'survey-municipal', 'report', 'slides'])).max(4).optional(),
});

// The query limit counts what the user typed, so it is checked before trimming.
const queryText = z.string().max(1000).pipe(z.string().trim().min(1));

export const searchBodySchema = z.object({
  query: queryText,
  k: z.number().int().min(1).max(50).default(10),
  filters: filtersSchema.optional(),
  mode: z.enum(['hybrid', 'lexical', 'dense']).optional(),
  diverse: z.boolean().optional(),
});

export const chatTurnSchema = z.strictObject({
  role: z.enum(['user', 'assistant']),
  content: z.string().max(8000),
});

export const askBodySchema = z.object({
  question: queryText,
  filters: filtersSchema.optional(),
  history: z.array(chatTurnSchema).max(50).optional(),
  stream: z.boolean().optional(),
});

const summaryFields = {
  theme: text(200).optional(),
  query: queryText.optional(),
  regions: z.array(text(200)).max(50).optional(),
  ownRegion: text(200).optional(),
  mode: z.enum(['summary', 'good-practice']).optional(),
};

export const summaryBodySchema = z
  .object(summaryFields)
  .refine((body) => body.theme !== undefined || body.query !== undefined, { message: 'Ange ett tema (theme) eller en fråga (query).' });

export const goodPracticeBodySchema = z
  .object({ ...summaryFields, ownRegion: text(200) })
  .refine((body) => body.theme !== undefined || body.query !== undefined, { message: 'Ange ett tema (theme) eller en fråga (query).' });
