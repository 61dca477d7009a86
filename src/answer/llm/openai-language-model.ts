import type { Config } from '../../config.ts';
import { AppError } from '../../errors.ts';
import type { ChatMessage, CompletionOptions, LanguageModel } from './language-model.ts';
import { sseData } from './sse-parser.ts';

export interface OpenAiModelSettings {
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
}

/** The model from configuration, or undefined when no base URL is set (the default: extractive only). */
export function languageModelFromConfig(config: Config): LanguageModel | undefined {
  if (!config.llmBaseUrl) return undefined;
  return createOpenAiLanguageModel({
    baseUrl: config.llmBaseUrl,
    model: config.llmModel ?? 'default',
    apiKey: config.llmApiKey,
    timeoutMs: config.llmTimeoutMs,
  });
}

/** A client for any server speaking the OpenAI chat-completions protocol. */
export function createOpenAiLanguageModel(settings: OpenAiModelSettings): LanguageModel {
  const url = `${settings.baseUrl.replace(/\/+$/, '')}/chat/completions`;

  async function post(messages: ChatMessage[], options: CompletionOptions, stream: boolean, signal: AbortSignal): Promise<Response> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (settings.apiKey) headers.authorization = `Bearer ${settings.apiKey}`;
    const body = { model: settings.model, messages, stream, temperature: options.temperature ?? 0, ...(options.maxTokens ? { max_tokens: options.maxTokens } : {}) };
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal });
    } catch (error) {
      throw failure(error, signal);
    }
    if (!response.ok) throw new AppError('LLM_FAILED', `Språkmodellen svarade med status ${response.status}.`);
    return response;
  }

  return {
    id: `openai-compatible:${settings.model}`,
    async complete(messages, options = {}) {
      const signal = withTimeout(settings.timeoutMs, options.signal);
      const response = await post(messages, options, false, signal);
      let json: { choices?: Array<{ message?: { content?: unknown } }> };
      try {
        json = (await response.json()) as typeof json;
      } catch (error) {
        throw failure(error, signal);
      }
      const content = json.choices?.[0]?.message?.content;
      if (typeof content !== 'string') throw new AppError('LLM_FAILED', 'Språkmodellens svar saknade text.');
      return content;
    },
    async *stream(messages, options = {}) {
      const signal = withTimeout(settings.timeoutMs, options.signal);
      const response = await post(messages, options, true, signal);
      if (!response.body) throw new AppError('LLM_FAILED', 'Språkmodellens svar saknade innehåll.');
      try {
        for await (const data of sseData(response.body as unknown as AsyncIterable<Uint8Array>)) {
          if (data.trim() === '[DONE]') return;
          const chunk = JSON.parse(data) as { choices?: Array<{ delta?: { content?: unknown } }> };
          const delta = chunk.choices?.[0]?.delta?.content;
          if (typeof delta === 'string' && delta.length > 0) yield delta;
        }
      } catch (error) {
        throw failure(error, signal);
      }
    },
  };
}

function withTimeout(timeoutMs: number, outer?: AbortSignal): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return outer ? AbortSignal.any([timeout, outer]) : timeout;
}

function failure(error: unknown, signal: AbortSignal): AppError {
  if (error instanceof AppError) return error;
  const timedOut = signal.aborted && signal.reason instanceof DOMException && signal.reason.name === 'TimeoutError';
  return new AppError('LLM_FAILED', timedOut ? 'Språkmodellen svarade inte i tid.' : 'Språkmodellen kunde inte nås.', { cause: error });
}
