import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, isAppError, type ErrorCode } from '../errors.ts';
import type { AppLogger } from './app-deps.ts';

const statusByCode: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
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

/** Body-parser errors carry a `type`; they are the client's fault and get the client's codes. */
function fromBodyParser(error: unknown): AppError | null {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') return new AppError('PAYLOAD_TOO_LARGE', 'Förfrågan är för stor.');
  if (type === 'entity.parse.failed') return new AppError('BAD_REQUEST', 'Förfrågan är inte giltig JSON.');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return new AppError('BAD_REQUEST', 'Förfrågans teckenkodning stöds inte.');
  return null;
}

/** The one place that maps errors to responses: `{ error: { code, message } }`, never a stack trace. */
export function errorHandler(logger: AppLogger): ErrorRequestHandler {
  return (error, _request, response, next) => {
    if (response.headersSent) return next(error);
    const known = isAppError(error) ? error : fromBodyParser(error);
    const appError = known ?? new AppError('INTERNAL', 'Ett oväntat fel inträffade.');
    const status = statusFor(appError.code);
    if (!known || status >= 500) logger.error(`${appError.code}: ${appError.message}`, error);
    response.status(status).json({ error: { code: appError.code, message: appError.message } });
  };
}

export const notFoundHandler: RequestHandler = (request, _response, next) => {
  next(new AppError('NOT_FOUND', `Det finns ingen sådan adress: ${request.method} ${request.path}.`));
};
