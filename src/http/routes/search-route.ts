import { Router } from 'express';
import type { Search, SearchOptions } from '../../retrieve/search-types.ts';
import { catalogRegionFor } from '../../retrieve/regions.ts';
import type { ReportCatalog } from '../../answer/report-catalog.ts';
import type { SearchFilters } from '../../types.ts';
import { searchBodySchema } from '../request-schemas.ts';
import { parseRequest } from '../validation.ts';
import { hitView } from '../views.ts';

/** Region filters are tolerant ("Dalarnas län" = "Dalarna"); search sees the catalog's spelling. */
export function canonicalFilters(filters: SearchFilters | undefined, index: ReportCatalog): SearchFilters | undefined {
  if (!filters?.regions) return filters;
  return { ...filters, regions: filters.regions.map((region) => catalogRegionFor(region, index.regions) ?? region) };
}

export function searchRoute(search: Search, index: ReportCatalog): Router {
  const router = Router();
  router.post('/api/search', async (request, response) => {
    const body = parseRequest(searchBodySchema, request.body);
    const options: SearchOptions = { k: body.k };
    const filters = canonicalFilters(body.filters, index);
    if (filters) options.filters = filters;
    if (body.mode) options.mode = body.mode;
    if (body.diverse !== undefined) options.diverse = body.diverse;
    const outcome = await search(body.query, options);
    response.json({ results: outcome.hits.slice(0, body.k).map((hit) => hitView(hit, index)) });
  });
  return router;
}
