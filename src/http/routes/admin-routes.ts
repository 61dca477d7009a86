import { Router } from 'express';
import type { Config } from '../../config.ts';
import { AppError } from '../../errors.ts';
import { adminGuard } from '../access.ts';
import type { ReloadOutcome } from '../deps-holder.ts';

export interface AdminOptions {
  /** Loads the index from disk beside the current one and swaps it in; rejects (old index kept) when it cannot. */
  reload(reason: string): Promise<ReloadOutcome>;
}

export function adminRoutes(config: Config, admin: AdminOptions | undefined): Router {
  const router = Router();
  router.post('/api/admin/reload', adminGuard(config), async (_request, response) => {
    if (!admin) throw new AppError('NOT_FOUND', 'Den här servern kan inte byta index medan den kör.');
    response.json(await admin.reload('begärt via /api/admin/reload'));
  });
  return router;
}
