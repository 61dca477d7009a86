import { Router } from 'express';
import { parseRequest } from '../validation.ts';
import { exportDocxBodySchema } from '../view-request-schemas.ts';

export const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** File-name-safe slug; å/ä/ö folded so the name survives any file system. */
export function fileSlug(text: string): string {
  const slug = text.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/g, '');
  return slug || 'utblick';
}

/** Word export of what the page shows: a summary's (or answer's) Markdown, or the comparison matrix. */
export function exportRoutes(): Router {
  const router = Router();
  router.post('/api/export/docx', async (request, response) => {
    const body = parseRequest(exportDocxBodySchema, request.body);
    // The docx library is loaded on the first export, not at start (it is a tenth of the server's module loading).
    const { markdownDocx, matrixDocx } = await import('../export/docx-document.ts');
    const buffer = body.kind === 'matrix' ? await matrixDocx(body) : await markdownDocx(body.title, body.markdown);
    response.type(docxType);
    response.setHeader('Content-Disposition', `attachment; filename="${fileSlug(body.title)}.docx"`);
    response.send(buffer);
  });
  return router;
}
