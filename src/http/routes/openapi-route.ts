import { readFileSync } from 'node:fs';
import { Router } from 'express';
import { openApiDocument } from '../openapi.ts';

const packageVersion = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export function openApiRoute(): Router {
  const router = Router();
  const document = openApiDocument(packageVersion);
  router.get('/api/openapi.json', (_request, response) => {
    response.json(document);
  });
  return router;
}
