import type { RequestHandler } from 'express';
import { AppError } from '../errors.ts';

const hasBody = (headers: Record<string, string | string[] | undefined>): boolean =>
  headers['transfer-encoding'] !== undefined || (headers['content-length'] !== undefined && headers['content-length'] !== '0');

/**
 * A body the JSON parser skipped (text/plain, a form, no content type) would otherwise reach the
 * handlers as "no body" and be judged field by field; the client deserves the real reason.
 */
export const requireJsonBody: RequestHandler = (request, _response, next) => {
  if (request.method === 'GET' || request.method === 'HEAD' || !hasBody(request.headers)) return next();
  if (request.is('application/json')) return next();
  next(new AppError('BAD_REQUEST', 'Förfrågans innehåll ska vara JSON (content-type: application/json).'));
};

/**
 * A path whose percent-encoding does not decode (`%ZZ`, a cut `%E0%A4%A`, overlong `%c0%ae`) is
 * refused up front for every route, so that no router, parameter or static-file lookup sees it.
 */
export const requireDecodablePath: RequestHandler = (request, _response, next) => {
  try {
    decodeURIComponent(request.path);
  } catch {
    return next(new AppError('BAD_REQUEST', 'Adressen har en ogiltig procentkodning.'));
  }
  next();
};
