import express from 'express';
import { fileURLToPath } from 'node:url';
import { indexCatalog } from '../answer/catalog.ts';
import { loadPrompts } from '../answer/prompts.ts';
import type { AppDeps, AppLogger } from './app-deps.ts';
import { errorHandler, notFoundHandler } from './error-handler.ts';
import { answerRoutes } from './routes/answer-routes.ts';
import { catalogRoutes } from './routes/catalog-routes.ts';
import { compareRoutes } from './routes/compare-routes.ts';
import { coverageRoutes } from './routes/coverage-routes.ts';
import { exportRoutes } from './routes/export-routes.ts';
import { healthRoutes } from './routes/health-routes.ts';
import { openApiRoute } from './routes/openapi-route.ts';
import { reportFileRoute } from './routes/report-file-route.ts';
import { searchRoute } from './routes/search-route.ts';

export type { AppDeps } from './app-deps.ts';

const publicDir = fileURLToPath(new URL('./public/', import.meta.url));

const consoleLogger: AppLogger = {
  warn: (message) => console.warn(`[utblick] ${message}`),
  error: (message, error) => console.error(`[utblick] ${message}`, error instanceof Error ? error.stack : ''),
};

/** The HTTP app: JSON API under /api, health probes, and the chat page from src/http/public. */
export function createApp(deps: AppDeps): express.Express {
  const logger = deps.logger ?? consoleLogger;
  const index = indexCatalog(deps.catalog);
  // Prompts are checked now, at start-up, rather than at the first question.
  const prompts = deps.languageModel ? (deps.prompts ?? loadPrompts()) : deps.prompts;
  const onFallback = (reason: string) => logger.warn(`språkmodellen föll tillbaka på extraktivt svar: ${reason}`);
  const llm = deps.languageModel && prompts ? { languageModel: deps.languageModel, prompts, index, onFallback } : undefined;

  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: deps.config.bodyLimit }));
  app.use(healthRoutes(index, deps.embedderInfo, deps.languageModel));
  app.use(searchRoute(deps.search, index));
  app.use(answerRoutes({ search: deps.search, index, ...(llm ? { llm } : {}) }));
  app.use(catalogRoutes(index));
  app.use(coverageRoutes(index));
  app.use(compareRoutes({ search: deps.search, index }));
  app.use(reportFileRoute(index, deps.config.corpusDir));
  app.use(exportRoutes());
  app.use(openApiRoute());
  app.use('/api', notFoundHandler);
  app.use(express.static(publicDir));
  app.use(notFoundHandler);
  app.use(errorHandler(logger));
  return app;
}
