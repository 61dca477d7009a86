import express from 'express';
import { fileURLToPath } from 'node:url';
import { buildReportCatalog } from '../answer/report-catalog.ts';
import { loadPrompts } from '../answer/llm/prompts.ts';
import { apiKeyGuard, corsFor, hostGuard, securityHeaders } from './access.ts';
import type { AppDeps, AppLogger } from './app-deps.ts';
import { DepsHolder } from './deps-holder.ts';
import { errorHandler, notFoundHandler } from './error-handler.ts';
import { requireDecodablePath, requireJsonBody } from './request-guards.ts';
import { adminRoutes, type AdminOptions } from './routes/admin-routes.ts';
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

/** The routes that read the index: built once per index generation, so a swap replaces them whole. */
function indexRoutes(deps: AppDeps, logger: AppLogger): express.Router {
  const index = buildReportCatalog(deps.catalog);
  // Prompts are checked now, at start-up, rather than at the first question.
  const prompts = deps.languageModel ? (deps.prompts ?? loadPrompts()) : deps.prompts;
  const onFallback = (reason: string) => logger.warn(`språkmodellen föll tillbaka på extraktivt svar: ${reason}`);
  const llm = deps.languageModel && prompts ? { languageModel: deps.languageModel, prompts, index, onFallback } : undefined;
  const router = express.Router();
  router.use(healthRoutes(index, deps.embedderInfo, deps.languageModel, deps.indexBuiltAt));
  router.use(searchRoute(deps.search, index));
  router.use(answerRoutes({ search: deps.search, index, ...(llm ? { llm } : {}) }));
  router.use(catalogRoutes(index));
  router.use(coverageRoutes(index));
  router.use(compareRoutes({ search: deps.search, index }));
  router.use(reportFileRoute(index, deps.config.corpusDir));
  return router;
}

/**
 * The HTTP app: JSON API under /api, health probes, and the chat page from src/http/public. Given a
 * DepsHolder, it serves whatever index the holder has when each request arrives (live re-index).
 */
export function createApp(source: AppDeps | DepsHolder, options: { admin?: AdminOptions } = {}): express.Express {
  const holder = source instanceof DepsHolder ? source : new DepsHolder(source);
  const { config } = holder.current;
  const logger = holder.current.logger ?? consoleLogger;
  const generations = new WeakMap<AppDeps, express.Router>();
  const routesFor = (deps: AppDeps): express.Router => {
    let router = generations.get(deps);
    if (!router) {
      router = indexRoutes(deps, logger);
      generations.set(deps, router);
    }
    return router;
  };
  // Built now and at each swap, so neither the first request nor the first after a re-index pays for it.
  routesFor(holder.current);
  holder.onPrepare(routesFor);

  const app = express();
  app.disable('x-powered-by');
  app.use(hostGuard(config));
  app.use(requireDecodablePath);
  app.use(securityHeaders());
  const cors = corsFor(config);
  if (cors) app.use('/api', cors);
  app.use('/api', apiKeyGuard(config.apiKey));
  app.use(express.json({ limit: config.bodyLimit }));
  app.use(requireJsonBody);
  app.use(adminRoutes(config, options.admin));
  app.use(exportRoutes());
  app.use(openApiRoute());
  app.use((request, response, next) => routesFor(holder.current)(request, response, next));
  app.use('/api', notFoundHandler);
  app.use(express.static(publicDir));
  app.use(notFoundHandler);
  app.use(errorHandler(logger));
  return app;
}
