import { describe, expect, it } from 'vitest';
import { startApp, useApp } from './start-app.ts';

const app = useApp();

async function expectError(response: Response, status: number, code: string): Promise<string> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).sort()).toEqual(['code', 'message']);
  expect(body.error.code).toBe(code);
  expect(body.error.message).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  return body.error.message;
}

describe('POST /api/search', () => {
  it('returns results in the contract shape and passes options on', async () => {
    const response = await app.post('/api/search', { query: 'digitala vårdbesök', k: 3, filters: { regions: ['Hallands län'] }, mode: 'lexical', diverse: false });
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: Array<Record<string, unknown>> };
    expect(results[0]).toEqual({
      id: 'h-7', reportId: 'halland', reportTitle: 'Slutredovisning 2022 – Region Halland', region: 'Region Halland', year: 2022,
      kind: 'survey-region', theme: { id: 'digitalisering', label: 'Digitalisering' }, question: '7. Har ni påbörjat nya initiativ kopplat till digitalisering?',
      page: 6, text: expect.not.stringContaining('@'), score: expect.any(Number),
    });
    expect(app.calls.at(-1)).toEqual({ query: 'digitala vårdbesök', options: { k: 3, filters: { regions: ['Region Halland'] }, mode: 'lexical', diverse: false } });
  });
  it('defaults k to 10 and gives null question for passages without one', async () => {
    const response = await app.post('/api/search', { query: 'fast läkarkontakt' });
    const { results } = (await response.json()) as { results: Array<{ question: unknown; page: unknown }> };
    expect(app.calls.at(-1)!.options).toEqual({ k: 10 });
    expect(results[0]).toMatchObject({ question: null, page: 9 });
  });
  it('rejects a missing, empty or over-long query', async () => {
    expect(await expectError(await app.post('/api/search', {}), 400, 'BAD_REQUEST')).toContain('query saknas');
    await expectError(await app.post('/api/search', { query: '' }), 400, 'BAD_REQUEST');
    await expectError(await app.post('/api/search', { query: '   ' }), 400, 'BAD_REQUEST');
    expect(await expectError(await app.post('/api/search', { query: 'å'.repeat(1001) }), 400, 'BAD_REQUEST')).toContain('1000');
    expect((await app.post('/api/search', { query: 'å'.repeat(1000) })).status).toBe(200);
  });
  it('rejects a bad k', async () => {
    for (const k of [0, 51, 2.5, '5']) await expectError(await app.post('/api/search', { query: 'team', k }), 400, 'BAD_REQUEST');
  });
  it('rejects bad filters', async () => {
    for (const filters of [{ regions: 'Halland' }, { years: ['2022'] }, { kinds: ['bok'] }, { regionz: ['Halland'] }, 'Halland']) {
      await expectError(await app.post('/api/search', { query: 'team', filters }), 400, 'BAD_REQUEST');
    }
  });
  it('rejects malformed JSON and a body over the limit', async () => {
    expect(await expectError(await app.post('/api/search', '{"query": "tea'), 400, 'BAD_REQUEST')).toBe('Förfrågan är inte giltig JSON.');
    await expectError(await app.post('/api/search', { query: 'team', padding: 'x'.repeat(20_000) }), 413, 'PAYLOAD_TOO_LARGE');
  });
});

describe('POST /api/ask', () => {
  it('answers with citations and regions', async () => {
    const response = await app.post('/api/ask', { question: 'Hur många digitala besök genomfördes i Halland?' });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { answerable: boolean; answer: string; citations: Array<Record<string, unknown>>; regions: unknown[] };
    expect(answer.answerable).toBe(true);
    expect(answer.answer).toMatch(/12 500 digitala besök\. \[1\]/);
    expect(Object.keys(answer.citations[0]!).sort()).toEqual(['excerpt', 'location', 'n', 'page', 'passageId', 'region', 'reportId', 'reportTitle', 'theme']);
    expect(answer.regions).toHaveLength(1);
    expect(JSON.stringify(answer)).not.toMatch(/@/);
  });
  it('uses history and filters', async () => {
    const response = await app.post('/api/ask', {
      question: 'och i Dalarna?',
      history: [{ role: 'user', content: 'Hur arbetar Halland med digital tillsyn?' }, { role: 'assistant', content: '…' }],
      filters: { themes: ['digitalisering'] },
    });
    expect(response.status).toBe(200);
    expect(app.calls.at(-1)!.options?.filters).toEqual({ themes: ['digitalisering'], regions: ['Dalarna'] });
  });
  it('refuses honestly for a region outside the corpus', async () => {
    const answer = (await (await app.post('/api/ask', { question: 'Hur arbetar Norrbotten med mobila team?' })).json()) as { answerable: boolean; answer: string };
    expect(answer.answerable).toBe(false);
    expect(answer.answer).toContain('Region Norrbotten');
  });
  it('answers which regions lack something with those regions first, keeping every region\'s state', async () => {
    const response = await app.post('/api/ask', { question: 'Which regions have no mobile teams?' });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { answerable: boolean; answer: string; regions: Array<{ region: string; state: string }> };
    expect(answer.answerable).toBe(true);
    expect(answer.answer).toMatch(/^Inga belägg i rapporterna från: [^\n]*Region Gävleborg/);
    expect(answer.answer.split('\n\n')[0]).not.toContain('Dalarna');
    expect(answer.answer).toMatch(/\n- \*\*Dalarna\*\*: Mobila team [^\n]*\[\d+\]/);
    expect(answer.regions.find((r) => r.region === 'Dalarna')?.state).toBe('evidence');
    expect(answer.regions[0]!.state).toBe('none');
  });
  it('validates the question and history', async () => {
    await expectError(await app.post('/api/ask', {}), 400, 'BAD_REQUEST');
    await expectError(await app.post('/api/ask', { question: 'x'.repeat(1001) }), 400, 'BAD_REQUEST');
    await expectError(await app.post('/api/ask', { question: 'Hej', history: [{ role: 'system', content: 'x' }] }), 400, 'BAD_REQUEST');
  });
  it('sends the extractive answer as one done event when asked to stream without a model', async () => {
    const response = await app.post('/api/ask?stream=1', { question: 'Hur många digitala besök genomfördes i Halland?' });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const text = await response.text();
    expect(text).toMatch(/^event: done\ndata: \{.*"answerable":true/);
    expect(text).not.toContain('event: delta');
  });
});

describe('POST /api/summary and /api/good-practice', () => {
  it('summarises a theme', async () => {
    const response = await app.post('/api/summary', { theme: 'digitalisering' });
    expect(response.status).toBe(200);
    const summary = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(summary).sort()).toEqual(['citations', 'markdown', 'overview', 'regions', 'title']);
    expect(summary.markdown).toContain('### Källor');
  });
  it('summarises a query for chosen regions', async () => {
    const response = await app.post('/api/summary', { query: 'mobila team', regions: ['Region Dalarna'] });
    const summary = (await response.json()) as { regions: Array<{ region: string }> };
    expect(summary.regions.map((r) => r.region)).toEqual(['Dalarna']);
  });
  it('requires theme or query and a known theme', async () => {
    expect(await expectError(await app.post('/api/summary', {}), 400, 'BAD_REQUEST')).toContain('tema');
    expect(await expectError(await app.post('/api/summary', { theme: 'okänt' }), 400, 'BAD_REQUEST')).toContain('Okänt tema');
  });
  it('gives good practice from other regions', async () => {
    const response = await app.post('/api/good-practice', { theme: 'personcentrerat', ownRegion: 'Dalarna' });
    const summary = (await response.json()) as { title: string; regions: Array<{ region: string }> };
    expect(summary.title).toContain('andra regioner än Dalarna');
    expect(summary.regions.map((r) => r.region)).not.toContain('Dalarna');
    await expectError(await app.post('/api/good-practice', { theme: 'personcentrerat' }), 400, 'BAD_REQUEST');
  });
});

describe('catalog endpoints', () => {
  it('lists reports, themes with counts and regions with counts', async () => {
    const reports = (await (await fetch(`${app.baseUrl}/api/reports`)).json()) as { reports: Array<{ id: string; passageCount: number }> };
    expect(reports.reports.map((r) => [r.id, r.passageCount])).toEqual([['halland', 3], ['dalarna', 2], ['gavleborg', 2]]);
    const themes = (await (await fetch(`${app.baseUrl}/api/themes`)).json()) as { themes: Array<{ id: string; passages: number }> };
    expect(themes.themes.find((t) => t.id === 'digitalisering')).toMatchObject({ label: 'Digitalisering', passages: 3, reports: 3 });
    expect(themes.themes.find((t) => t.id === 'ambulans')).toMatchObject({ passages: 0 });
    const regions = (await (await fetch(`${app.baseUrl}/api/regions`)).json()) as { regions: unknown[] };
    expect(regions.regions).toEqual([
      { region: 'Region Halland', reports: 1, passages: 3 },
      { region: 'Dalarna', reports: 1, passages: 2 },
      { region: 'Region Gävleborg', reports: 1, passages: 2 },
    ]);
  });
  it('shows a passage with neighbours, report and context, without e-mail', async () => {
    const response = await fetch(`${app.baseUrl}/api/passages/h-6b`);
    const body = (await response.json()) as Record<string, { id?: string; before?: string } | null>;
    expect(body.passage!.id).toBe('h-6b');
    expect(body.previous!.id).toBe('h-6a');
    expect(body.next!.id).toBe('h-7');
    expect(body.report).toMatchObject({ id: 'halland', title: 'Slutredovisning 2022 – Region Halland' });
    expect(body.context!.before).toContain('Läkarmedverkan');
    const last = (await (await fetch(`${app.baseUrl}/api/passages/h-7`)).json()) as Record<string, unknown>;
    expect(last.next).toBeNull();
    expect(JSON.stringify(last)).not.toMatch(/@/);
  });
  it('gives 404 JSON for an unknown passage and an unknown API route', async () => {
    await expectError(await fetch(`${app.baseUrl}/api/passages/finns-inte`), 404, 'NOT_FOUND');
    await expectError(await fetch(`${app.baseUrl}/api/okand`), 404, 'NOT_FOUND');
    await expectError(await app.post('/api/reports', {}), 404, 'NOT_FOUND');
  });
});

describe('health', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${app.baseUrl}/healthz`)).json()).toEqual({ ok: true });
    const ready = await fetch(`${app.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      ready: true, embedder: { id: 'offline:ngram-hash-v1', kind: 'offline', model: null, dimension: 512 }, fallback: true, passages: 7, reports: 3, languageModel: null, indexBuiltAt: null,
    });
  });
  it('is not ready without passages', async () => {
    const empty = await startApp({ catalog: { reports: [], passages: [], themes: [], cleanedTexts: {} } });
    try {
      const ready = await fetch(`${empty.baseUrl}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ ready: false, passages: 0 });
    } finally {
      await empty.close();
    }
  });
});
