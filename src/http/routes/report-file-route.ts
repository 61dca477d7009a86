import path from 'node:path';
import { Router } from 'express';
import type { ReportCatalog } from '../../answer/report-catalog.ts';
import { AppError } from '../../errors.ts';
import { parseRequest } from '../validation.ts';
import { idParamsSchema } from '../view-request-schemas.ts';

const contentTypes: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  // A saved web page is never shown as a page on our origin (its scripts would run as ours): it is
  // offered as a download of opaque bytes, in whatever encoding it was saved.
  '.html': 'application/octet-stream',
  '.htm': 'application/octet-stream',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};
// Downloaded, never shown inline: a saved web page (shown on our origin its scripts would run as ours)
// and a slide deck (no browser shows one: inline it would only leave an empty tab).
const downloaded = new Set(['.html', '.htm', '.pptx']);

/**
 * The original file of a report, so a citation can open the PDF at its page (…/file#page=N); a saved
 * web page is downloaded, never displayed. Only files the catalog names are served, and only from
 * inside the corpus folder.
 */
export function reportFileRoute(index: ReportCatalog, corpusDir: string): Router {
  const router = Router();
  const root = path.resolve(corpusDir);
  router.get('/api/reports/:id/file', (request, response, next) => {
    const { id } = parseRequest(idParamsSchema, request.params);
    const report = index.reportById.get(id);
    if (!report) throw new AppError('NOT_FOUND', 'Det finns ingen sådan rapport.');
    const file = path.resolve(root, report.file);
    const relative = path.relative(root, file);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) throw new AppError('NOT_FOUND', 'Rapportens fil finns inte i korpusen.');
    const extension = path.extname(file).toLowerCase();
    const type = contentTypes[extension];
    if (!type) throw new AppError('NOT_FOUND', 'Rapportens fil kan inte visas.');
    const download = downloaded.has(extension);
    response.type(type);
    // The file is the report as published, never a page of ours: no scripts, no sniffing it into HTML.
    // A PDF needs its viewer (object-src 'self'); the page's own CSP would forbid that. A download is
    // also sandboxed, should anything still render it.
    response.setHeader(
      'Content-Security-Policy',
      download ? "default-src 'none'; sandbox; frame-ancestors 'none'" : "default-src 'none'; object-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
    );
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Disposition', `${download ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(path.basename(file))}`);
    response.sendFile(relative, { root, dotfiles: 'deny' }, (error) => {
      if (!error) return;
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT' || (error as { status?: number }).status === 404;
      next(missing ? new AppError('NOT_FOUND', 'Rapportens fil finns inte längre i korpusen.') : error);
    });
  });
  return router;
}
