import { Router } from 'express';
import { AppError } from '../../errors.ts';
import { displayRegion, type ReportCatalog } from '../../answer/report-catalog.ts';
import { passageHasTheme } from '../../store/passage-themes.ts';
import { passageView, reportView, sourceContext } from '../views.ts';

export function catalogRoutes(index: ReportCatalog): Router {
  const router = Router();
  const { catalog } = index;

  router.get('/api/reports', (_request, response) => {
    response.json({ reports: catalog.reports.map(reportView) });
  });

  router.get('/api/themes', (_request, response) => {
    const themes = catalog.themes.map((theme) => {
      const passages = catalog.passages.filter((passage) => passageHasTheme(passage, theme.id));
      return { id: theme.id, label: theme.label, passages: passages.length, reports: new Set(passages.map((p) => p.reportId)).size };
    });
    response.json({ themes });
  });

  router.get('/api/regions', (_request, response) => {
    const regions = index.regions.map((region) => {
      const reports = catalog.reports.filter((report) => displayRegion(index, report.region) === region);
      const passages = reports.reduce((sum, report) => sum + (index.passagesByReport.get(report.id)?.length ?? 0), 0);
      return { region, reports: reports.length, passages };
    });
    response.json({ regions });
  });

  router.get('/api/passages/:id', (request, response) => {
    const passage = index.passageById.get(request.params.id);
    if (!passage) throw new AppError('NOT_FOUND', 'Det finns inget sådant avsnitt.');
    const report = index.reportById.get(passage.reportId);
    const siblings = index.passagesByReport.get(passage.reportId) ?? [];
    const at = siblings.findIndex((candidate) => candidate.id === passage.id);
    const previous = at > 0 ? siblings[at - 1] : undefined;
    const next = at >= 0 ? siblings[at + 1] : undefined;
    response.json({
      passage: passageView(passage, index),
      report: report ? reportView(report) : null,
      previous: previous ? passageView(previous, index) : null,
      next: next ? passageView(next, index) : null,
      context: sourceContext(passage, catalog.cleanedTexts[passage.reportId]),
    });
  });
  return router;
}
