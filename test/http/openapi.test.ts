import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createApp } from '../../src/http/create-app.ts';
import { loadConfig } from '../../src/config.ts';
import { openApiPath } from '../../src/http/openapi.ts';
import * as responses from '../../src/http/response-schemas.ts';
import { fixtureCatalog, recordingSearch } from '../answer/fixture-catalog.ts';
import { useApp } from './start-app.ts';

const app = useApp();

interface RouterModule {
  prototype: { route(this: unknown, path: string): { methods: Record<string, boolean> } };
}

/**
 * Every method + path the Express app registers, recorded as the app is built: Router#route is wrapped
 * for the duration, so routes in routers mounted behind a function (as a live index swap does) are seen
 * as well as those in the app's own stack.
 */
function registeredRoutes(): string[] {
  // The same router module Express uses (one copy in node_modules).
  const router = createRequire(import.meta.url)('router') as RouterModule;
  const original = router.prototype.route;
  const routes: { path: string; route: { methods: Record<string, boolean> } }[] = [];
  router.prototype.route = function (this: unknown, path: string) {
    const route = original.call(this, path);
    routes.push({ path, route });
    return route;
  };
  try {
    const catalog = fixtureCatalog();
    createApp({ config: loadConfig({}, {}), catalog, search: recordingSearch(catalog).search, embedderInfo: { id: 'offline:x', kind: 'offline', model: null, dimension: 8 } });
  } finally {
    router.prototype.route = original;
  }
  return routes.flatMap(({ path, route }) => Object.keys(route.methods).filter((method) => method !== '_all').map((method) => `${method} ${path}`));
}

describe('GET /api/openapi.json', () => {
  it('describes every route the app registers, and nothing it does not', async () => {
    const document = (await (await fetch(`${app.baseUrl}/api/openapi.json`)).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(document.openapi).toBe('3.1.0');
    const described = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`));
    const registered = registeredRoutes().map((route) => {
      const [method, path] = route.split(' ');
      return `${method} ${openApiPath(path!)}`;
    });
    expect(registered.length).toBeGreaterThan(10);
    expect([...new Set(described)].sort()).toEqual([...new Set(registered)].sort());
  });

  it('takes request bodies from the schemas that validate them', async () => {
    const document = (await (await fetch(`${app.baseUrl}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: Record<string, { maxItems?: number }> } }> } }>> };
    const compare = document.paths['/api/compare']!.post!.requestBody!.content['application/json']!.schema;
    expect(compare.properties?.questions?.maxItems).toBe(4);
    const ask = document.paths['/api/ask']!.post!.requestBody!.content['application/json']!.schema;
    expect(Object.keys(ask.properties ?? {})).toEqual(expect.arrayContaining(['question', 'filters', 'history']));
  });
});

describe('responses match their schemas', () => {
  const get = async (path: string) => (await fetch(`${app.baseUrl}${path}`)).json();
  const check = (schema: z.ZodType, body: unknown) => {
    const parsed = schema.safeParse(body);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  };
  it('for the catalog, health and coverage routes', async () => {
    check(responses.healthResponse, await get('/healthz'));
    check(responses.readinessResponse, await get('/readyz'));
    check(responses.reportsResponse, await get('/api/reports'));
    check(responses.themesResponse, await get('/api/themes'));
    check(responses.regionsResponse, await get('/api/regions'));
    check(responses.passageResponse, await get('/api/passages/h-6a'));
    check(responses.coverageResponse, await get('/api/coverage'));
    check(responses.errorResponse, await get('/api/passages/finns-inte'));
  });
  it('for search, answers, summaries, good practice and the matrix', async () => {
    check(responses.searchResponse, await (await app.post('/api/search', { query: 'digitala vårdbesök' })).json());
    check(responses.answerResponse, await (await app.post('/api/ask', { question: 'Hur många digitala besök genomfördes i Halland?' })).json());
    check(responses.answerResponse, await (await app.post('/api/ask', { question: 'Hur arbetar Norrbotten med mobila team?' })).json());
    check(responses.summaryResponse, await (await app.post('/api/summary', { theme: 'digitalisering' })).json());
    check(responses.summaryResponse, await (await app.post('/api/good-practice', { theme: 'personcentrerat', ownRegion: 'Dalarna' })).json());
    check(responses.compareResponse, await (await app.post('/api/compare', { theme: 'digitalisering' })).json());
  });
});
