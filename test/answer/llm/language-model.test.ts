import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAiLanguageModel, languageModelFromConfig } from '../../../src/answer/llm/openai-language-model.ts';
import { answerWithLanguageModel, streamWithLanguageModel, type AnswerEvent } from '../../../src/answer/llm/llm-answer.ts';
import { planAnswer } from '../../../src/answer/answer-question.ts';
import { buildReportCatalog } from '../../../src/answer/report-catalog.ts';
import { loadPrompts } from '../../../src/answer/llm/prompts.ts';
import { sseData } from '../../../src/answer/llm/sse-parser.ts';
import { loadConfig } from '../../../src/config.ts';
import { fixtureCatalog, recordingSearch } from '../fixture-catalog.ts';
import { startChatServer, type ChatServer } from '../chat-server.ts';

const catalog = fixtureCatalog();
const index = buildReportCatalog(catalog);
const prompts = loadPrompts();
let server: ChatServer | undefined;
afterEach(async () => server?.close());

function model(timeoutMs = 2000) {
  return createOpenAiLanguageModel({ baseUrl: server!.baseUrl, model: 'test-modell', apiKey: 'hemlig', timeoutMs });
}

async function plan(question: string) {
  return planAnswer({ question }, { search: recordingSearch(catalog).search, index });
}

describe('OpenAI-compatible client', () => {
  it('is off without a base URL', () => {
    expect(languageModelFromConfig(loadConfig({}))).toBeUndefined();
    expect(languageModelFromConfig(loadConfig({}, { llmBaseUrl: 'http://127.0.0.1:9/v1' }))?.id).toBe('openai-compatible:default');
  });
  it('completes a chat, sending model and key', async () => {
    server = await startChatServer({ reply: 'Hej på dig – åäö' });
    expect(await model().complete([{ role: 'user', content: 'Hej' }])).toBe('Hej på dig – åäö');
    expect(server.requests[0]).toMatchObject({ body: { model: 'test-modell', stream: false }, authorization: 'Bearer hemlig' });
  });
  it('streams deltas', async () => {
    server = await startChatServer({ reply: 'Ett längre svar som kommer i bitar, med å ä ö.' });
    let text = '';
    for await (const delta of model().stream([{ role: 'user', content: 'Hej' }])) text += delta;
    expect(text).toBe('Ett längre svar som kommer i bitar, med å ä ö.');
  });
  it('fails with LLM_FAILED on timeout and on an error status', async () => {
    server = await startChatServer({ reply: 'sent', delayMs: 500 });
    await expect(model(100).complete([{ role: 'user', content: 'Hej' }])).rejects.toMatchObject({ code: 'LLM_FAILED', message: 'Språkmodellen svarade inte i tid.' });
    server.script = { reply: '', status: 500 };
    await expect(model().complete([{ role: 'user', content: 'Hej' }])).rejects.toMatchObject({ code: 'LLM_FAILED' });
  });
});

describe('sseData', () => {
  it('joins events split across chunks', async () => {
    const encoder = new TextEncoder();
    async function* chunks() {
      for (const part of ['data: {"a"', ':1}\n', '\ndata: [DONE]\n\n']) yield encoder.encode(part);
    }
    const events: string[] = [];
    for await (const data of sseData(chunks())) events.push(data);
    expect(events).toEqual(['{"a":1}', '[DONE]']);
  });
});

describe('answers with a language model', () => {
  it('gives the model only the numbered passages and keeps valid citations', async () => {
    server = await startChatServer({ reply: 'I Halland genomfördes 12 500 digitala besök under 2022 [1].' });
    const planned = await plan('Hur många digitala besök genomfördes i Halland?');
    const answer = await answerWithLanguageModel({ question: 'x' }, planned, { languageModel: model(), prompts, index });
    expect(server.requests[0]!.body.messages[0]!.content).toContain('[1] Region Halland – Slutredovisning 2022 – Region Halland, s. 6');
    expect(server.requests[0]!.body.messages[0]!.content).not.toMatch(/@regionhalland/);
    expect(answer.answer).toBe('I Halland genomfördes 12 500 digitala besök under 2022 [1].');
    expect(answer.citations[0]!.passageId).toBe(planned.hits[0]!.passage.id);
    // The region the model cites is accounted for with a state, as on the extractive path.
    expect(answer.regions).toContainEqual(expect.objectContaining({ region: 'Region Halland', state: 'evidence', citations: [1] }));
  });
  it('drops a sentence citing [9] that it was not given', async () => {
    server = await startChatServer({ reply: 'Digitala besök finns [1]. Robotar finns i Skåne [9].' });
    const planned = await plan('Hur många digitala besök genomfördes i Halland?');
    const answer = await answerWithLanguageModel({ question: 'x' }, planned, { languageModel: model(), prompts, index });
    expect(answer.answer).toBe('Digitala besök finns [1].');
  });
  it('falls back to the extractive answer on timeout, and when nothing valid remains', async () => {
    const fallbacks: string[] = [];
    server = await startChatServer({ reply: 'sent', delayMs: 500 });
    const planned = await plan('Hur många digitala besök genomfördes i Halland?');
    const deps = { languageModel: model(100), prompts, index, onFallback: (reason: string) => fallbacks.push(reason) };
    expect(await answerWithLanguageModel({ question: 'x' }, planned, deps)).toEqual({ ...planned.answer, fallback: true, notice: expect.stringMatching(/svarade inte/) });
    server.script = { reply: 'Allt är påhittat [9].' };
    expect(await answerWithLanguageModel({ question: 'x' }, planned, { ...deps, languageModel: model() })).toEqual({ ...planned.answer, fallback: true, notice: expect.stringMatching(/kunde inte beläggas/) });
    expect(fallbacks).toHaveLength(2);
  });
  it('drops a made-up sentence that carries a valid marker, and says so', async () => {
    server = await startChatServer({
      reply: 'I Halland genomfördes 12 500 digitala besök under 2022 [1]. Region Halland har 9000 mobila team och en budget på 5 miljarder kronor [1]. Region Halland har infört digitala vårdbesök [1].',
    });
    const planned = await plan('Hur många digitala besök genomfördes i Halland?');
    const answer = await answerWithLanguageModel({ question: 'x' }, planned, { languageModel: model(), prompts, index });
    expect(answer.answer).toBe('I Halland genomfördes 12 500 digitala besök under 2022 [1]. Region Halland har infört digitala vårdbesök [1].');
    expect(answer).toMatchObject({ fallback: false, notice: expect.stringContaining('1 mening') });
  });
  it('drops a sentence naming a region its passage does not back, and uncited headings and lead-ins', async () => {
    server = await startChatServer({ reply: '### Digitala besök\nSå här:\n- Halland genomförde 12 500 digitala besök [1].\n- Region Skåne genomförde 12 500 digitala besök [1].\n- Halland har infört digitala vårdbesök i primärvården [1].' });
    const planned = await plan('Hur många digitala besök genomfördes i Halland?');
    const answer = await answerWithLanguageModel({ question: 'x' }, planned, { languageModel: model(), prompts, index });
    // Three of five dropped is more than the two kept: the extractive answer is used and the response says so.
    expect(answer).toEqual({ ...planned.answer, fallback: true, notice: expect.stringMatching(/kunde inte beläggas/) });
    server.script = { reply: '- Halland genomförde 12 500 digitala besök [1].\n- Region Skåne genomförde 12 500 digitala besök [1].\n- Halland har infört digitala vårdbesök i primärvården [1].' };
    const kept = await answerWithLanguageModel({ question: 'x' }, planned, { languageModel: model(), prompts, index });
    expect(kept.answer).toBe('- Halland genomförde 12 500 digitala besök [1].\n- Halland har infört digitala vårdbesök i primärvården [1].');
  });
  it('never asks the model when the plan is a refusal', async () => {
    server = await startChatServer({ reply: 'Skåne gör mycket [1].' });
    const planned = await plan('Hur arbetar Region Skåne med digitala besök?');
    const answer = await answerWithLanguageModel({ question: 'x' }, planned, { languageModel: model(), prompts, index });
    expect(answer.answerable).toBe(false);
    expect(server.requests).toHaveLength(0);
  });
  it('streams only checked sentences, numbered as in the final answer', async () => {
    server = await startChatServer({ reply: 'Halland har digitala besök [1]. Halland har 9000 mobila team [1]. Under 2022 genomfördes 12 500 digitala besök i Halland [1]. Påhitt [7].\nHalland har infört digitala vårdbesök [1].' });
    const planned = await plan('Hur många digitala besök genomfördes i Halland?');
    const events: AnswerEvent[] = [];
    for await (const event of streamWithLanguageModel({ question: 'x' }, planned, { languageModel: model(), prompts, index })) events.push(event);
    const deltas = events.filter((e) => e.type === 'delta').map((e) => e.text);
    const done = events.at(-1)!;
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).not.toMatch(/9000|Påhitt|\[7\]/);
    expect(done).toMatchObject({ type: 'done', fallback: false, answer: { fallback: false } });
    expect(done.type === 'done' && done.answer.answer).toBe(deltas.join(''));
    expect(deltas.join('')).toBe('Halland har digitala besök [1]. Under 2022 genomfördes 12 500 digitala besök i Halland [1].\nHalland har infört digitala vårdbesök [1].');
  });
  it('streams nothing and says so when the reply falls back', async () => {
    server = await startChatServer({ reply: 'Region Halland har 9000 mobila team [1]. Budgeten är 5 miljarder [1].' });
    const planned = await plan('Hur många digitala besök genomfördes i Halland?');
    const events: AnswerEvent[] = [];
    for await (const event of streamWithLanguageModel({ question: 'x' }, planned, { languageModel: model(), prompts, index })) events.push(event);
    expect(events).toEqual([{ type: 'done', fallback: true, answer: { ...planned.answer, fallback: true, notice: expect.any(String) } }]);
  });
});
