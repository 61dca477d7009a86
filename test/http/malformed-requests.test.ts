import { deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rawRequest } from './raw-request.ts';
import { useApp } from './start-app.ts';

/* Issue 11, finding 2: a broken percent-encoding in a path and a body whose content-encoding does not decode got a 500. */
const app = useApp();

function expectClientError(response: { status: number; body: string }, status = 400): void {
  expect(response.status).toBe(status);
  const json = JSON.parse(response.body) as { error: { code: string; message: string } };
  expect(json.error.code).toMatch(/^[A-Z_]+$/);
  expect(json.error.message).not.toMatch(/\bat \w|node_modules|Error:/);
}

describe('malformed requests get 400 with the error JSON', () => {
  it.each(['/api/passages/%ZZ', '/api/passages/%E0%A4%A', '/api/passages/%c0%ae', '/api/passages/%', '/%ZZ', '/styles.css%E0%A4%A'])('path %s', async (path) => {
    const response = await rawRequest(app.baseUrl, { path });
    expectClientError(response);
    expect(JSON.parse(response.body).error.code).toBe('BAD_REQUEST');
  });

  it.each(['gzip', 'deflate', 'br'])('a body with content-encoding %s that does not decode', async (encoding) => {
    const response = await rawRequest(app.baseUrl, {
      method: 'POST',
      path: '/api/search',
      headers: { 'content-type': 'application/json', 'content-encoding': encoding },
      body: '{"query":"mobila team"}',
    });
    expectClientError(response);
  });

  it('a body truncated mid-stream under gzip', async () => {
    const body = gzipSync(Buffer.from('{"query":"mobila team"}')).subarray(0, 12);
    expectClientError(await rawRequest(app.baseUrl, { method: 'POST', path: '/api/search', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body }));
  });

  it('still accepts a body that does decode', async () => {
    const response = await rawRequest(app.baseUrl, {
      method: 'POST',
      path: '/api/search',
      headers: { 'content-type': 'application/json', 'content-encoding': 'deflate' },
      body: deflateSync(Buffer.from('{"query":"mobila team"}')),
    });
    expect(response.status).toBe(200);
  });

  it.each([
    ['an unknown content-encoding', { 'content-type': 'application/json', 'content-encoding': 'compress' }, '{"query":"team"}'],
    ['an unknown charset', { 'content-type': 'application/json; charset=latin9' }, '{"query":"team"}'],
    ['bad JSON', { 'content-type': 'application/json' }, '{"query": '],
    ['JSON that is not an object', { 'content-type': 'application/json' }, '"bara text"'],
    ['text/plain', { 'content-type': 'text/plain' }, '{"query":"team"}'],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }, 'query=team'],
    ['no content type', {}, '{"query":"team"}'],
  ])('%s', async (_name, headers, body) => {
    const response = await rawRequest(app.baseUrl, { method: 'POST', path: '/api/search', headers, body });
    expectClientError(response);
  });

  it('a body over the limit is 413 with the error JSON', async () => {
    const response = await rawRequest(app.baseUrl, { method: 'POST', path: '/api/search', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'å'.repeat(20_000) }) });
    expectClientError(response, 413);
  });
});
