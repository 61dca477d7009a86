/** One message of a chat-completions conversation. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface CompletionOptions {
  signal?: AbortSignal;
  temperature?: number;
  maxTokens?: number;
}

/**
 * An optional language model that phrases answers from retrieved passages. Implementations vary (a
 * hosted OpenAI-compatible API, a local server, a test fake); all fail with AppError('LLM_FAILED').
 */
export interface LanguageModel {
  readonly id: string;
  complete(messages: ChatMessage[], options?: CompletionOptions): Promise<string>;
  /** Yields text deltas as they arrive. */
  stream(messages: ChatMessage[], options?: CompletionOptions): AsyncIterable<string>;
}
