import { z } from 'zod';
import { askBodySchema, goodPracticeBodySchema, searchBodySchema, summaryBodySchema } from './request-schemas.ts';
import * as responses from './response-schemas.ts';
import { compareBodySchema, coveragePassagesQuerySchema, exportDocxBodySchema, idParamsSchema } from './view-request-schemas.ts';

/** One route as the API description names it; the schemas are the very ones that validate requests. */
export interface Operation {
  method: 'get' | 'post';
  /** Express spelling (`:id`); the description uses OpenAPI's `{id}`. */
  path: string;
  summary: string;
  body?: z.ZodType;
  query?: z.ZodObject;
  params?: z.ZodObject;
  response: z.ZodType | { contentType: string; description: string };
  /** Statuses besides 200 that carry `{ error }`. */
  errors?: number[];
}

const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const commonErrors = [400, 413, 500];

export const operations: Operation[] = [
  { method: 'get', path: '/healthz', summary: 'Lever tjänsten?', response: responses.healthResponse },
  { method: 'get', path: '/readyz', summary: 'Är index laddat, och med vilken inbäddare?', response: responses.readinessResponse, errors: [503] },
  { method: 'post', path: '/api/search', summary: 'Sök avsnitt (hybrid, lexikal eller semantisk)', body: searchBodySchema, response: responses.searchResponse, errors: commonErrors },
  { method: 'post', path: '/api/ask', summary: 'Besvara en fråga med citerade utdrag (stream: true ger server-sent events)', body: askBodySchema, response: responses.answerResponse, errors: [...commonErrors, 502] },
  { method: 'post', path: '/api/summary', summary: 'Sammanfatta ett tema eller en fråga över regionerna', body: summaryBodySchema, response: responses.summaryResponse, errors: commonErrors },
  { method: 'post', path: '/api/good-practice', summary: 'Goda exempel från andra regioner än den egna', body: goodPracticeBodySchema, response: responses.summaryResponse, errors: commonErrors },
  { method: 'post', path: '/api/compare', summary: 'Jämförelsematris: regioner × en till fyra frågor, med läge per cell', body: compareBodySchema, response: responses.compareResponse, errors: commonErrors },
  { method: 'get', path: '/api/coverage', summary: 'Täckning: avsnitt och rapporter per region och tema', response: responses.coverageResponse },
  { method: 'get', path: '/api/coverage/passages', summary: 'En regions avsnitt om ett tema', query: coveragePassagesQuerySchema, response: responses.coveragePassagesResponse, errors: [400, 404] },
  { method: 'get', path: '/api/reports', summary: 'Rapporterna i korpusen', response: responses.reportsResponse },
  { method: 'get', path: '/api/reports/:id/file', summary: 'Rapportens originalfil (PDF öppnas på sidan med #page=N)', params: idParamsSchema, response: { contentType: 'application/pdf', description: 'Originalfilen (PDF, Markdown, text eller Word eller PowerPoint; en sparad webbsida och en PowerPoint-fil som nedladdning)' }, errors: [404] },
  { method: 'get', path: '/api/themes', summary: 'Teman med antal avsnitt och rapporter', response: responses.themesResponse },
  { method: 'get', path: '/api/regions', summary: 'Regioner med antal rapporter och avsnitt', response: responses.regionsResponse },
  { method: 'get', path: '/api/passages/:id', summary: 'Ett avsnitt med rapport, grannar och sammanhang', params: idParamsSchema, response: responses.passageResponse, errors: [404] },
  { method: 'post', path: '/api/export/docx', summary: 'Word-export av en sammanfattning (Markdown) eller jämförelsematrisen', body: exportDocxBodySchema, response: { contentType: docx, description: 'Ett Word-dokument' }, errors: commonErrors },
  { method: 'post', path: '/api/admin/reload', summary: 'Läs in ett nytt index och byt till det utan omstart (kräver administratörsnyckeln)', response: responses.reloadResponse, errors: [401, 404, 503] },
  { method: 'get', path: '/api/openapi.json', summary: 'Denna beskrivning', response: { contentType: 'application/json', description: 'OpenAPI 3.1' } },
];

export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:(\w+)/g, '{$1}');
}

const schemaOf = (schema: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(schema, { io, unrepresentable: 'any' });

function parameters(operation: Operation) {
  const list: object[] = [];
  for (const [where, schema] of [['path', operation.params], ['query', operation.query]] as const) {
    if (!schema) continue;
    for (const [name, field] of Object.entries(schema.shape)) {
      list.push({ name, in: where, required: where === 'path' || !field.safeParse(undefined).success, schema: schemaOf(field as z.ZodType, 'input') });
    }
  }
  return list;
}

/** The OpenAPI 3.1 description, generated from the zod schemas (JSON Schema 2020-12, which 3.1 uses). */
export function openApiDocument(version: string) {
  const paths: Record<string, Record<string, object>> = {};
  const errorSchema = schemaOf(responses.errorResponse, 'output');
  for (const operation of operations) {
    const ok = 'contentType' in operation.response
      ? { description: operation.response.description, content: { [operation.response.contentType]: { schema: {} } } }
      : { description: 'OK', content: { 'application/json': { schema: schemaOf(operation.response as z.ZodType, 'output') } } };
    const errorResponses = Object.fromEntries((operation.errors ?? []).map((status) => [String(status), { description: 'Fel', content: { 'application/json': { schema: errorSchema } } }]));
    const params = parameters(operation);
    (paths[openApiPath(operation.path)] ??= {})[operation.method] = {
      summary: operation.summary,
      ...(params.length ? { parameters: params } : {}),
      ...(operation.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(operation.body, 'input') } } } } : {}),
      responses: { '200': ok, ...errorResponses },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Utblick', version, description: 'Svenska frågor och svar över regionernas och kommunernas rapporter om God och nära vård, med källhänvisningar. Fel är { error: { code, message } }.' },
    paths,
  };
}
