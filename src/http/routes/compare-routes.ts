import { Router } from 'express';
import { compareRegions } from '../../answer/compose/compare.ts';
import type { AnswerDeps } from '../../answer/answer-question.ts';
import { parseRequest } from '../validation.ts';
import { compareBodySchema } from '../view-request-schemas.ts';
import { canonicalFilters } from './search-route.ts';

export function compareRoutes(deps: AnswerDeps): Router {
  const router = Router();
  router.post('/api/compare', async (request, response) => {
    const body = parseRequest(compareBodySchema, request.body);
    const filters = canonicalFilters(body.filters, deps.index);
    response.json(await compareRegions({ ...body, ...(filters ? { filters } : {}) }, deps));
  });
  return router;
}
