import { Agent } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerClientErrors } from '../../src/http/client-errors.ts';
import { serveSeedIndex, type SeedServer } from '../support/seed-index.ts';
import { rawRequest, type RawRequest, type RawResponse } from './raw-request.ts';

/*
 * Issue 11, "Requests": a bounded fuzz over every route, real HTTP against the app on the seed index.
 * Requests are generated from a fixed seed (reproducible), mixing plausible bodies with hostile ones:
 * broken percent-encoding, odd methods and headers, undecodable content-encodings, wrong types,
 * deep nesting, huge numbers, control characters. No response may be a 5xx, every error must be the
 * error JSON, and afterwards the app must answer exactly as before.
 */
const requestCount = 2400;
const concurrency = 16;
const seed = 1111;

const routes: Array<{ method: string; path: string }> = [
  { method: 'GET', path: '/healthz' },
  { method: 'GET', path: '/readyz' },
  { method: 'POST', path: '/api/search' },
  { method: 'POST', path: '/api/ask' },
  { method: 'POST', path: '/api/summary' },
  { method: 'POST', path: '/api/good-practice' },
  { method: 'GET', path: '/api/reports' },
  { method: 'GET', path: '/api/themes' },
  { method: 'GET', path: '/api/regions' },
  { method: 'GET', path: '/api/passages/' },
  { method: 'POST', path: '/api/admin/reload' },
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/app.js' },
];

const swedish = fc.constantFrom('mobila team', 'Hur arbetar Region Dalarna med hälsocentraler?', 'digitala vårdbesök', 'äldre multisjuka', 'kontinuitet', 'Skåne', 'fast läkarkontakt', '2022');
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '\ud800', '%ZZ', '../../etc/passwd', '<script>alert(1)</script>', 'ä'.repeat(1200), '[1][2]', '\u202e'),
  swedish,
);
const anyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileText,
    fc.integer(),
    fc.double(),
    fc.constantFrom(1e308, -0, 2 ** 53 + 1, null, true, false),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('query', 'question', 'k', 'filters', 'regions', 'themes', 'years', 'kinds', 'mode', 'history', 'stream', 'theme', 'ownRegion', '__proto__', 'constructor'), tie('value'), { maxKeys: 5 }),
  ),
})).value;
const plausibleBody = fc.record(
  {
    query: hostileText,
    question: hostileText,
    theme: fc.constantFrom('kontinuitet', 'digitalisering', 'finns-inte', ''),
    ownRegion: fc.constantFrom('Region Dalarna', 'Dalarnas län', 'Gotland', ''),
    k: fc.oneof(fc.integer({ min: -5, max: 80 }), fc.constant('10')),
    mode: fc.constantFrom('hybrid', 'lexical', 'dense', 'vilken'),
    stream: fc.boolean(),
    filters: fc.record({ regions: fc.array(hostileText, { maxLength: 3 }), years: fc.array(fc.integer({ min: 1800, max: 2200 }), { maxLength: 3 }), kinds: fc.array(fc.constantFrom('report', 'slides', 'x'), { maxLength: 2 }) }, { requiredKeys: [] }),
    history: fc.array(fc.record({ role: fc.constantFrom('user', 'assistant', 'system'), content: hostileText }), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  { weight: 5, arbitrary: plausibleBody.map((value) => JSON.stringify(value)) },
  { weight: 2, arbitrary: anyJson.map((value) => JSON.stringify(value) ?? 'null') },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.constantFrom('{', '{"query":', '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[', `{"query":"${'x'.repeat(20_000)}"}`, '{"query":"a","query":1}') },
);
const pathSuffix = fc.oneof(
  fc.constant(''),
  fc.constantFrom('%ZZ', '%E0%A4%A', '%c0%ae', '%00', '%2e%2e%2f%2e%2e%2fpackage.json', '..%2f..%2f', '?stream=1', '?k=%ZZ', '/', '//', '%F0%9F%98%80', 'ä', '%C3%A4', '0'.repeat(300)),
  fc.string({ maxLength: 12 }).map((text) => encodeURIComponent(text)),
);
const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/json; charset=latin9', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', undefined);
const contentEncoding = fc.constantFrom(undefined, undefined, undefined, 'gzip', 'deflate', 'br', 'compress', 'identity');

const generated: fc.Arbitrary<RawRequest> = fc
  .record({
    route: fc.constantFrom(...routes),
    method: fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD') }),
    suffix: pathSuffix,
    body,
    contentType,
    contentEncoding,
    accept: fc.constantFrom('application/json', 'text/event-stream', '*/*', 'text/html'),
    apiKey: fc.option(fc.string({ minLength: 1, maxLength: 12 }).filter((text) => /^[\x21-\x7e]+$/.test(text)), { nil: undefined }),
  })
  .map(({ route, method, suffix, body, contentType, contentEncoding, accept, apiKey }) => {
    const chosen = method ?? route.method;
    const headers: Record<string, string> = { accept };
    const sendsBody = chosen !== 'GET' && chosen !== 'HEAD';
    if (sendsBody && contentType) headers['content-type'] = contentType;
    if (sendsBody && contentEncoding) headers['content-encoding'] = contentEncoding;
    if (apiKey) headers['x-api-key'] = apiKey;
    return { method: chosen, path: `${route.path}${suffix}`, headers, ...(sendsBody ? { body } : {}) };
  });

/** Fixed requests whose answers must be byte-identical before and after the fuzz. */
const probes: RawRequest[] = [
  { path: '/readyz' },
  { path: '/api/reports' },
  { path: '/api/themes' },
  { method: 'POST', path: '/api/search', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mobila team för äldre', k: 5 }) },
  { method: 'POST', path: '/api/ask', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'Hur arbetar regionerna med fast läkarkontakt?' }) },
];

let app: SeedServer | undefined;
let baseUrl: string;
beforeAll(async () => {
  app = await serveSeedIndex({ adminKey: 'admin-nyckel-fuzz' });
  baseUrl = app.baseUrl;
  answerClientErrors(app.server);
}, 60_000);
afterAll(async () => {
  await app?.close();
});

describe('fuzzed requests', () => {
  it(`${requestCount} generated requests over every route: no 5xx, error JSON, same answers afterwards`, async () => {
    const before = await Promise.all(probes.map((probe) => rawRequest(baseUrl, probe)));
    const requests = fc.sample(generated, { numRuns: requestCount, seed });
    const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
    const results: Array<{ request: RawRequest; response: RawResponse }> = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < requests.length) {
          const request = requests[next++]!;
          const response = await rawRequest(baseUrl, request, agent).catch((error: Error) => ({ status: -1, headers: {}, body: error.message }));
          results.push({ request, response });
        }
      }),
    );
    agent.destroy();

    const byStatus = new Map<number, number>();
    for (const { response } of results) byStatus.set(response.status, (byStatus.get(response.status) ?? 0) + 1);
    console.log(`fuzz: ${results.length} requests, statuses ${[...byStatus].sort((a, b) => a[0] - b[0]).map(([status, n]) => `${status}×${n}`).join(', ')}`);
    const serverErrors = results.filter(({ response }) => response.status >= 500 || response.status < 0);
    expect(serverErrors.map(({ request, response }) => `${request.method} ${request.path} → ${response.status} ${response.body.slice(0, 120)}`)).toEqual([]);
    expect(results).toHaveLength(requestCount);
    const malformedErrors = results.filter(({ request, response }) => {
      if (response.status < 400 || request.method === 'HEAD') return false;
      try {
        const error = (JSON.parse(response.body) as { error?: { code?: unknown; message?: unknown } }).error;
        return typeof error?.code !== 'string' || typeof error.message !== 'string';
      } catch {
        return true;
      }
    });
    expect(malformedErrors.map(({ request, response }) => `${request.method} ${request.path} → ${response.status} ${response.body.slice(0, 80)}`)).toEqual([]);
    // Every route was reached, and most requests were refused as they should be, not all.
    for (const route of routes) expect(results.some(({ request }) => request.path.startsWith(route.path)), route.path).toBe(true);
    expect(results.filter(({ response }) => response.status === 200).length).toBeGreaterThan(requestCount / 10);

    const after = await Promise.all(probes.map((probe) => rawRequest(baseUrl, probe)));
    expect(after.map((response) => [response.status, response.body])).toEqual(before.map((response) => [response.status, response.body]));
  }, 120_000);
});
