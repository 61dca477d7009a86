import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../src/config.ts';
import { allowedHostSet, allowedHostsNotice, exposureWarning, hostName } from '../../src/http/access.ts';
import { rawRequest } from './raw-request.ts';
import { startApp, type RunningApp } from './start-app.ts';

/* Issue 11, finding 8: no API key option, any Host accepted, no security headers, no warning on 0.0.0.0. */
let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const withConfig = (overrides: Partial<Config>, admin?: Parameters<typeof startApp>[1]) =>
  startApp({ config: loadConfig({}, { bodyLimit: '10kb', ...overrides }) }, admin);

const search = { method: 'POST', path: '/api/search', body: JSON.stringify({ query: 'mobila team' }) };
const json = { 'content-type': 'application/json' };

describe('API key', () => {
  it('is required on /api/* when configured, by header or bearer token', async () => {
    app = await withConfig({ apiKey: 'nyckel-abc-123' });
    const without = await rawRequest(app.baseUrl, { ...search, headers: json });
    expect(without.status).toBe(401);
    expect(JSON.parse(without.body).error.code).toBe('UNAUTHORIZED');
    expect((await rawRequest(app.baseUrl, { ...search, headers: { ...json, 'x-api-key': 'fel-nyckel-123' } })).status).toBe(401);
    expect((await rawRequest(app.baseUrl, { ...search, headers: { ...json, 'x-api-key': 'nyckel-abc-123' } })).status).toBe(200);
    expect((await rawRequest(app.baseUrl, { ...search, headers: { ...json, authorization: 'Bearer nyckel-abc-123' } })).status).toBe(200);
    expect((await rawRequest(app.baseUrl, { path: '/api/reports', headers: { authorization: 'Bearer fel' } })).status).toBe(401);
  });
  it('leaves /healthz and the page open, so the page can ask for the key', async () => {
    app = await withConfig({ apiKey: 'nyckel-abc-123' });
    expect((await rawRequest(app.baseUrl, { path: '/healthz' })).status).toBe(200);
    expect((await rawRequest(app.baseUrl, { path: '/' })).status).toBe(200);
    expect((await rawRequest(app.baseUrl, { path: '/api.js' })).body).toContain('x-api-key');
  });
  it('is not asked for when none is configured', async () => {
    app = await withConfig({});
    expect((await rawRequest(app.baseUrl, { path: '/api/reports' })).status).toBe(200);
  });
});

describe('allowed hosts', () => {
  it('refuses a foreign Host header (DNS rebinding) and serves loopback names', async () => {
    app = await withConfig({});
    const port = new URL(app.baseUrl).port;
    const rebound = await rawRequest(app.baseUrl, { path: '/api/reports', headers: { host: `attacker.example:${port}` } });
    expect(rebound.status).toBe(421);
    expect(JSON.parse(rebound.body).error).toMatchObject({ code: 'HOST_NOT_ALLOWED', message: expect.stringContaining('UTBLICK_ALLOWED_HOSTS') });
    expect((await rawRequest(app.baseUrl, { path: '/', headers: { host: 'attacker.example' } })).status).toBe(421);
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'LOCALHOST']) {
      expect((await rawRequest(app.baseUrl, { path: '/api/reports', headers: { host } })).status, host).toBe(200);
    }
    expect((await rawRequest(app.baseUrl, { path: '/healthz', headers: { host: '10.0.0.7' } })).status).toBe(200);
  });
  it('serves the configured names and the bound address; `*` turns the check off', async () => {
    app = await withConfig({ allowedHosts: ['utblick.region.se'] });
    expect((await rawRequest(app.baseUrl, { path: '/api/reports', headers: { host: 'utblick.region.se' } })).status).toBe(200);
    expect((await rawRequest(app.baseUrl, { path: '/api/reports', headers: { host: 'localhost' } })).status).toBe(421);
    expect(allowedHostSet({ allowedHosts: ['localhost'], host: '192.168.1.5' })).toEqual(new Set(['localhost', '192.168.1.5']));
    expect(allowedHostSet({ allowedHosts: ['localhost'], host: '0.0.0.0' })).toEqual(new Set(['localhost']));
    expect(allowedHostSet({ allowedHosts: ['*'], host: '0.0.0.0' })).toBeNull();
    expect(() => loadConfig({ UTBLICK_API_KEY: 'kort' })).toThrow(/UTBLICK_API_KEY/);
    expect(loadConfig({ UTBLICK_ALLOWED_HOSTS: ' a.se , b.se ' }).allowedHosts).toEqual(['a.se', 'b.se']);
    expect(hostName('[::1]:3000')).toBe('[::1]');
  });
});

describe('browser protections', () => {
  it('sends a CSP fitting the page, nosniff and no framing', async () => {
    app = await withConfig({});
    for (const path of ['/', '/api/reports']) {
      const response = await rawRequest(app.baseUrl, { path });
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });
  it('sends no CORS headers unless origins are configured', async () => {
    app = await withConfig({});
    const origin = { origin: 'https://annan.example' };
    expect((await rawRequest(app.baseUrl, { path: '/api/reports', headers: origin })).headers['access-control-allow-origin']).toBeUndefined();
    await app.close();
    app = await withConfig({ corsOrigins: ['https://intranat.region.se'] });
    const allowed = await rawRequest(app.baseUrl, { path: '/api/reports', headers: { origin: 'https://intranat.region.se' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://intranat.region.se');
    expect((await rawRequest(app.baseUrl, { path: '/api/reports', headers: origin })).headers['access-control-allow-origin']).toBeUndefined();
  });
  it('warns loudly when bound beyond loopback without a key', () => {
    expect(exposureWarning({ host: '0.0.0.0', apiKey: undefined })).toMatch(/UTAN API-nyckel.*UTBLICK_API_KEY/);
    expect(exposureWarning({ host: '192.168.1.5', apiKey: undefined })).not.toBeNull();
    expect(exposureWarning({ host: '0.0.0.0', apiKey: 'en-lång-nyckel' })).toBeNull();
    expect(exposureWarning({ host: '127.0.0.1', apiKey: undefined })).toBeNull();
    expect(exposureWarning({ host: '::1', apiKey: undefined })).toBeNull();
    expect(allowedHostsNotice({ host: '0.0.0.0', allowedHosts: ['localhost'] })).toMatch(/Tillåtna värdnamn: localhost\..*UTBLICK_ALLOWED_HOSTS/);
    expect(allowedHostsNotice({ host: '127.0.0.1', allowedHosts: ['localhost'] })).toBeNull();
  });
});

describe('POST /api/admin/reload', () => {
  const reload = async () => ({ reloaded: true, generation: 2, passages: 3, reports: 1, builtAt: null, reason: 'test' });
  it('needs the admin key when one is set', async () => {
    app = await withConfig({ apiKey: 'api-nyckel-123', adminKey: 'admin-nyckel-123' }, { reload });
    const call = (key: string) => rawRequest(app!.baseUrl, { method: 'POST', path: '/api/admin/reload', headers: { 'x-api-key': key } });
    expect((await call('api-nyckel-123')).status).toBe(401);
    expect(JSON.parse((await call('admin-nyckel-123')).body)).toMatchObject({ reloaded: true, generation: 2 });
  });
  it('without keys, accepts a caller on this machine', async () => {
    app = await withConfig({}, { reload });
    expect((await rawRequest(app.baseUrl, { method: 'POST', path: '/api/admin/reload' })).status).toBe(200);
  });
});
