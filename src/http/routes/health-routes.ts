import { Router } from 'express';
import type { EmbedderInfo } from '../../types.ts';
import type { ReportCatalog } from '../../answer/report-catalog.ts';
import type { LanguageModel } from '../../answer/llm/language-model.ts';

export function healthRoutes(index: ReportCatalog, embedder: EmbedderInfo, languageModel: LanguageModel | undefined, builtAt?: string): Router {
  const router = Router();
  router.get('/healthz', (_request, response) => {
    response.json({ ok: true });
  });
  // Ready means there is something to search; an empty catalog is a service that cannot answer.
  router.get('/readyz', (_request, response) => {
    const ready = index.catalog.passages.length > 0;
    response.status(ready ? 200 : 503).json({
      ready,
      embedder,
      fallback: embedder.kind === 'offline',
      passages: index.catalog.passages.length,
      reports: index.catalog.reports.length,
      languageModel: languageModel?.id ?? null,
      // Which index is served: it changes when a re-index is swapped in.
      indexBuiltAt: builtAt ?? null,
    });
  });
  return router;
}
