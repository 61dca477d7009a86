/**
 * The one error class of the service. Codes are a closed catalogue so that http/ can map them to
 * status codes and clients can rely on them; messages are Swedish and meant for people.
 */
export const errorCodes = {
  BAD_REQUEST: 'The request body or parameters are malformed.',
  NOT_FOUND: 'The requested resource does not exist.',
  UNAUTHORIZED: 'The API key is missing or wrong.',
  HOST_NOT_ALLOWED: 'The Host header names a host this server does not serve (DNS rebinding guard).',
  PAYLOAD_TOO_LARGE: 'The request body is larger than allowed.',
  CONFIG_INVALID: 'A setting is missing or malformed.',
  MANIFEST_INVALID: 'The corpus manifest has a bad entry.',
  REPORT_UNREADABLE: 'A report file could not be read or holds no text.',
  CORPUS_EMPTY: 'No report could be ingested.',
  INDEX_MISSING: 'No index has been built yet.',
  INDEX_INCOMPATIBLE: 'The index was built by another embedder or format version.',
  INDEX_CORRUPT: 'An index file is unreadable.',
  MODEL_UNAVAILABLE: 'The embedding model could not be loaded.',
  LLM_FAILED: 'The language model did not answer usably.',
  PROMPT_INVALID: 'A prompt template is missing placeholders or has unknown ones.',
  INTERNAL: 'An unexpected error.',
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
