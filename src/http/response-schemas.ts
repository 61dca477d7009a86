import { z } from 'zod';

// What every route answers, as zod schemas: the OpenAPI description is generated from them, and the
// tests check real responses against them, so the description cannot drift from the service.

const themeRef = z.object({ id: z.string(), label: z.string() });
const reportKind = z.enum(['survey-region', 'survey-municipal', 'report', 'slides']);
const regionState = z.enum(['evidence', 'mentioned', 'none']).describe('belägg, nämns bara, inga belägg');

export const errorResponse = z.object({ error: z.object({ code: z.string(), message: z.string().describe('svenska, för människor') }) });

export const citationSchema = z.object({
  n: z.number().int(),
  passageId: z.string(),
  reportId: z.string(),
  reportTitle: z.string(),
  region: z.string(),
  page: z.number().int().nullable(),
  theme: themeRef,
  location: z.string().nullable(),
  excerpt: z.string().describe('utdrag där den citerade meningen är markerad **så**'),
});

export const answerResponse = z.object({
  answerable: z.boolean(),
  answer: z.string().describe('Markdown med [n]-hänvisningar'),
  citations: z.array(citationSchema),
  regions: z.array(z.object({ region: z.string(), state: regionState, summary: z.string(), citations: z.array(z.number().int()) })),
});

export const searchResponse = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      reportId: z.string(),
      reportTitle: z.string(),
      region: z.string(),
      year: z.number().int().nullable(),
      kind: reportKind,
      theme: themeRef,
      question: z.string().nullable(),
      page: z.number().int().nullable(),
      text: z.string(),
      score: z.number(),
    }),
  ),
});

export const summaryResponse = z.object({
  title: z.string(),
  overview: z.string(),
  regions: z.array(z.object({ region: z.string(), points: z.array(z.object({ text: z.string(), citations: z.array(z.number().int()), result: z.string().optional(), kind: z.enum(['outcome', 'target', 'forecast']).optional() })) })),
  citations: z.array(citationSchema),
  markdown: z.string(),
});

export const reportSchema = z.object({
  id: z.string(),
  title: z.string(),
  region: z.string(),
  organisation: z.string(),
  kind: reportKind,
  year: z.number().int().nullable(),
  period: z.string().nullable(),
  file: z.string(),
  sourceUrl: z.string().nullable(),
  pageCount: z.number().int().nullable(),
  passageCount: z.number().int(),
  themes: z.array(z.string()),
});

export const passageSchema = z.object({
  id: z.string(),
  reportId: z.string(),
  theme: themeRef,
  question: z.string().nullable(),
  headingPath: z.array(z.string()),
  text: z.string(),
  page: z.number().int().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  isAgreementText: z.boolean(),
  ordinal: z.number().int(),
  linkedItems: z.array(z.object({ item: z.number().int(), passageId: z.string() })),
});

export const reportsResponse = z.object({ reports: z.array(reportSchema) });
export const themesResponse = z.object({ themes: z.array(themeRef.extend({ passages: z.number().int(), reports: z.number().int() })) });
export const regionsResponse = z.object({ regions: z.array(z.object({ region: z.string(), reports: z.number().int(), passages: z.number().int() })) });

export const passageResponse = z.object({
  passage: passageSchema,
  report: reportSchema.nullable(),
  previous: passageSchema.nullable(),
  next: passageSchema.nullable(),
  context: z.object({ before: z.string(), after: z.string() }).nullable(),
});

export const healthResponse = z.object({ ok: z.literal(true) });
export const readinessResponse = z.object({
  ready: z.boolean(),
  embedder: z.object({ id: z.string(), kind: z.enum(['transformers', 'offline']), model: z.string().nullable(), dimension: z.number().int() }),
  fallback: z.boolean(),
  passages: z.number().int(),
  reports: z.number().int(),
  languageModel: z.string().nullable(),
  /** When the index being served was built (changes after a live re-index). */
  indexBuiltAt: z.string().nullable().optional(),
});

export const reloadResponse = z.object({
  reloaded: z.boolean(),
  generation: z.number().int(),
  passages: z.number().int(),
  reports: z.number().int(),
  builtAt: z.string().nullable(),
  reason: z.string(),
});

export const coverageResponse = z.object({
  themes: z.array(themeRef),
  regions: z.array(z.object({ region: z.string(), reports: z.number().int(), passages: z.number().int() })),
  cells: z.array(z.object({ region: z.string(), themeId: z.string(), passages: z.number().int(), reports: z.number().int() })),
});

export const coveragePassagesResponse = z.object({
  region: z.string(),
  theme: themeRef,
  passages: z.array(passageSchema.extend({ reportTitle: z.string(), region: z.string() })),
});

export const compareResponse = z.object({
  title: z.string(),
  theme: themeRef.nullable(),
  columns: z.array(z.string()).min(1).max(4),
  rows: z.array(z.object({ region: z.string(), cells: z.array(z.object({ state: regionState, text: z.string(), citations: z.array(citationSchema) })) })),
});
