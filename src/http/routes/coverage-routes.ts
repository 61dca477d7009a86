import { Router } from 'express';
import { displayRegion, themeRef, type ReportCatalog } from '../../answer/report-catalog.ts';
import { coverageOf, coveragePassages } from '../../answer/compose/coverage.ts';
import { catalogRegionFor } from '../../retrieve/regions.ts';
import { AppError } from '../../errors.ts';
import { parseRequest } from '../validation.ts';
import { coveragePassagesQuerySchema } from '../view-request-schemas.ts';
import { passageView } from '../views.ts';

export function coverageRoutes(index: ReportCatalog): Router {
  const router = Router();
  // The catalog does not change while the service runs, so the counts are made once.
  const coverage = coverageOf(index);

  router.get('/api/coverage', (_request, response) => {
    response.json(coverage);
  });

  router.get('/api/coverage/passages', (request, response) => {
    const query = parseRequest(coveragePassagesQuerySchema, request.query);
    const region = catalogRegionFor(query.region, index.regions);
    if (!region) throw new AppError('NOT_FOUND', `Utblick har ingen rapport från ${query.region}.`);
    if (!coverage.themes.some((theme) => theme.id === query.theme)) throw new AppError('NOT_FOUND', `Okänt tema: ${query.theme}.`);
    const passages = coveragePassages(index, region, query.theme).map((passage) => {
      const report = index.reportById.get(passage.reportId);
      return { ...passageView(passage, index), reportTitle: report?.title ?? passage.reportId, region: report ? displayRegion(index, report.region) : region };
    });
    response.json({ region, theme: themeRef(index, query.theme), passages });
  });
  return router;
}
