import { z } from 'zod';
import { filtersSchema } from './request-schemas.ts';

// Requests of the comparison matrix, the coverage map, the report file and the Word export. Kept apart
// from request-schemas.ts so the routes added for the page do not crowd the original contract.

const text = (max: number) => z.string().trim().min(1).max(max);
const question = z.string().max(1000).pipe(z.string().trim().min(1));

export const compareBodySchema = z
  .strictObject({
    questions: z.array(question).min(1).max(4).optional(),
    theme: text(200).optional(),
    regions: z.array(text(200)).min(1).max(50).optional(),
    filters: filtersSchema.optional(),
  })
  .refine((body) => body.questions !== undefined || body.theme !== undefined, { message: 'Ange en till fyra frågor (questions) eller ett tema (theme).' });

export const coveragePassagesQuerySchema = z.object({
  region: text(200),
  theme: text(200),
});

export const idParamsSchema = z.object({ id: text(200) });

const stateSchema = z.enum(['evidence', 'mentioned', 'none']);

export const exportDocxBodySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('matrix'),
    title: text(300),
    columns: z.array(text(1000)).min(1).max(4),
    rows: z
      .array(
        z.strictObject({
          region: text(200),
          cells: z.array(z.strictObject({ state: stateSchema, text: z.string().max(4000), sources: z.array(z.string().max(600)).max(10) })).min(1).max(4),
        }),
      )
      .min(1)
      .max(60),
  }),
  z.strictObject({
    kind: z.literal('document'),
    title: text(300),
    markdown: z.string().min(1).max(90_000),
  }),
]);
