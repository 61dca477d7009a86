import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, isAppError, type ErrorCode } from '../errors.ts';
import type { AppLogger } from './app-deps.ts';

const statusByCode: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  HOST_NOT_ALLOWED: 421,
  PAYLOAD_TOO_LARGE: 413,
  CONFIG_INVALID: 500,
  MANIFEST_INVALID: 500,
  REPORT_UNREADABLE: 500,
  CORPUS_EMPTY: 503,
  INDEX_MISSING: 503,
  INDEX_INCOMPATIBLE: 503,
  INDEX_CORRUPT: 503,
  MODEL_UNAVAILABLE: 503,
  LLM_FAILED: 502,
  PROMPT_INVALID: 500,
  INTERNAL: 500,
};

export function statusFor(code: ErrorCode): number {
  return statusByCode[code] ?? 500;
}

/**
 * Errors thrown by Express itself or its body parser are the client's fault and carry a 4xx `status`:
 * a body that is not JSON, a content-encoding that does not decode (zlib's own message), a charset
 * or encoding nobody supports, a path whose percent-encoding is broken (URIError from the router or
 * from serve-static). All become the usual error JSON with a 4xx, never a 500.
 */
function fromClientError(error: unknown): AppError | null {
  const { type, status, name } = (error ?? {}) as { type?: unknown; status?: unknown; name?: unknown };
  if (type === 'entity.too.large' || status === 413) return new AppError('PAYLOAD_TOO_LARGE', 'Förfrågan är för stor.');
  if (type === 'entity.parse.failed') return new AppError('BAD_REQUEST', 'Förfrågan är inte giltig JSON.');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return new AppError('BAD_REQUEST', 'Förfrågans teckenkodning stöds inte.');
  if (name === 'URIError') return new AppError('BAD_REQUEST', 'Adressen har en ogiltig procentkodning.');
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  if (status === 404) return new AppError('NOT_FOUND', 'Det finns ingen sådan adress.');
  if (typeof type === 'string' && type.startsWith('request.')) return new AppError('BAD_REQUEST', 'Förfrågans innehåll kunde inte läsas.');
  // What is left with a 4xx status is mostly a body whose content-encoding (gzip, deflate, br) does not decode.
  return new AppError('BAD_REQUEST', 'Förfrågans innehåll kunde inte avkodas (kontrollera content-encoding).');
}

/** The one place that maps errors to responses: `{ error: { code, message } }`, never a stack trace. */
export function errorHandler(logger: AppLogger): ErrorRequestHandler {
  return (error, _request, response, next) => {
    if (response.headersSent) return next(error);
    const known = isAppError(error) ? error : fromClientError(error);
    const appError = known ?? new AppError('INTERNAL', 'Ett oväntat fel inträffade.');
    const status = statusFor(appError.code);
    if (!known || status >= 500) logger.error(`${appError.code}: ${appError.message}`, error);
    response.status(status).json({ error: { code: appError.code, message: appError.message } });
  };
}

export const notFoundHandler: RequestHandler = (request, _response, next) => {
  next(new AppError('NOT_FOUND', `Det finns ingen sådan adress: ${request.method} ${request.path}.`));
};
