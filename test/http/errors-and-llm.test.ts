import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import { createOpenAiLanguageModel } from '../../src/answer/llm/openai-language-model.ts';
import { startApp, type RunningApp } from './start-app.ts';
import { startChatServer, type ChatServer } from '../answer/chat-server.ts';

let app: RunningApp | undefined;
let chat: ChatServer | undefined;
afterEach(async () => {
  await app?.close();
  await chat?.close();
  app = undefined;
  chat = undefined;
});

function events(text: string): Array<{ event: string; data: unknown }> {
  return text
    .split('\n\n')
    .filter(Boolean)
    .map((block) => {
      const [eventLine, dataLine] = block.split('\n');
      return { event: eventLine!.replace('event: ', ''), data: JSON.parse(dataLine!.replace('data: ', '')) };
    });
}

describe('errors from deeper layers', () => {
  it('maps INDEX_* to 503 with the Swedish message', async () => {
    app = await startApp({ search: async () => { throw new AppError('INDEX_MISSING', 'Inget index är byggt ännu. Kör npm run ingest.'); } });
    const response = await app.post('/api/search', { query: 'team' });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: { code: 'INDEX_MISSING', message: 'Inget index är byggt ännu. Kör npm run ingest.' } });
  });
  it('hides an unexpected error behind INTERNAL without a stack, and logs it', async () => {
    app = await startApp({ search: async () => { throw new Error('hemlig intern detalj'); } });
    const response = await app.post('/api/ask', { question: 'Hur arbetar Halland med team?' });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'INTERNAL', message: 'Ett oväntat fel inträffade.' } });
    expect(text).not.toContain('hemlig');
    expect(app.logged.some((line) => line.startsWith('INTERNAL'))).toBe(true);
  });
  it('answers unknown non-API paths with 404 JSON', async () => {
    app = await startApp();
    const response = await fetch(`${app.baseUrl}/finns-inte.html`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });
});

describe('with a language model', () => {
  async function withModel(reply: string, delayMs = 0, timeoutMs = 3000, pieceDelayMs = 0) {
    chat = await startChatServer({ reply, delayMs, pieceDelayMs });
    const languageModel = createOpenAiLanguageModel({ baseUrl: chat.baseUrl, model: 'test', timeoutMs });
    app = await startApp({ languageModel });
    return app;
  }
  const question = { question: 'Hur många digitala besök genomfördes i Halland?' };

  it('answers through the model, keeping only valid citations', async () => {
    const running = await withModel('Halland genomförde 12 500 digitala besök [1]. Skåne också [9].');
    const answer = (await (await running.post('/api/ask', question)).json()) as { answer: string; citations: unknown[] };
    expect(answer.answer).toBe('Halland genomförde 12 500 digitala besök [1].');
    expect(answer.citations).toHaveLength(1);
  });
  it('streams delta events, then done with the checked answer', async () => {
    const running = await withModel('Halland genomförde 12 500 digitala besök [1].');
    const response = await running.post('/api/ask', { ...question, stream: true });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const received = events(await response.text());
    expect(received.filter((e) => e.event === 'delta').map((e) => (e.data as { text: string }).text).join('')).toBe('Halland genomförde 12 500 digitala besök [1].');
    expect(received.at(-1)).toMatchObject({ event: 'done', data: { answerable: true, answer: 'Halland genomförde 12 500 digitala besök [1].' } });
  });
  it('falls back to the extractive answer when the model is too slow', async () => {
    const running = await withModel('för sent [1].', 1000, 300);
    const answer = (await (await running.post('/api/ask', question)).json()) as { answer: string };
    expect(answer.answer).toContain('Under 2022 genomfördes 12 500 digitala besök. [1]');
    expect(running.logged.some((line) => line.includes('föll tillbaka'))).toBe(true);
    const streamed = events(await (await running.post('/api/ask?stream=1', question)).text());
    expect(streamed).toHaveLength(1);
    expect(streamed.at(-1)).toMatchObject({ event: 'done', data: { answerable: true, fallback: true, notice: expect.stringMatching(/svarade inte/) } });
  });
  it('streams no unchecked text, and the final event says the answer fell back', async () => {
    const running = await withModel('Region Halland har 9000 mobila team [1]. Budgeten är 5 miljarder kronor [1].');
    const received = events(await (await running.post('/api/ask', { ...question, stream: true })).text());
    expect(received.map((e) => e.event)).toEqual(['done']);
    expect(received[0]!.data).toMatchObject({ fallback: true, answer: expect.stringContaining('12 500 digitala besök') });
    expect(JSON.stringify(received)).not.toContain('9000');
  });
  it('aborts the model call when the client leaves', async () => {
    // A slow stream: 40 pieces 100 ms apart, four seconds in all, with a timeout far beyond.
    const reply = Array.from({ length: 20 }, () => 'Halland genomförde 12 500 digitala besök [1].').join(' ');
    const running = await withModel(reply, 0, 30_000, 100);
    const leaving = new AbortController();
    const response = await fetch(`${running.baseUrl}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...question, stream: true }), signal: leaving.signal });
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain('event: delta');
    const left = performance.now();
    leaving.abort();
    while (chat!.aborted === 0 && performance.now() - left < 3000) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(chat!.aborted).toBe(1);
    expect(performance.now() - left).toBeLessThan(2000);
    expect(running.logged.some((line) => line.includes('föll tillbaka'))).toBe(false);

    // The same without streaming: the client gives up while the model is still thinking.
    chat!.script = { reply: 'Halland genomförde 12 500 digitala besök [1].', delayMs: 3000 };
    const impatient = new AbortController();
    const pending = fetch(`${running.baseUrl}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(question), signal: impatient.signal }).catch(() => null);
    while (chat!.requests.length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
    impatient.abort();
    await pending;
    const gaveUp = performance.now();
    while (chat!.aborted < 2 && performance.now() - gaveUp < 2500) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(chat!.aborted).toBe(2);
  });
  it('reports the model in /readyz and uses it for the summary overview', async () => {
    const running = await withModel('Båda regionerna har infört digitala lösningar [1][2]. Region Halland har 800 vårdrobotar [1].');
    expect(await (await fetch(`${running.baseUrl}/readyz`)).json()).toMatchObject({ languageModel: 'openai-compatible:test' });
    const summary = (await (await running.post('/api/summary', { theme: 'digitalisering' })).json()) as { overview: string; markdown: string };
    expect(summary.overview).toMatch(/^Båda regionerna har infört digitala lösningar \[1\]\[2\]\. Inget material om detta: Region Gävleborg\.$/);
    expect(summary.markdown).toContain(summary.overview);
    expect(summary.overview).not.toContain('800');
  });
});
