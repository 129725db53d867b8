import type { Request, Response } from 'restify';
import { StorageHealth } from '../application/ports';

/**
 * GET /api/health: 200 while Table Storage answers, 503 with the reason otherwise. Used by the
 * App Service health check and by `npm start` to know when the app is ready.
 */
export function healthRoute(deps: { storage: StorageHealth; mode: string; version: string }) {
  return async (_req: Request, res: Response): Promise<void> => {
    try {
      await deps.storage.check();
      res.send(200, { status: 'ok', mode: deps.mode, version: deps.version, storage: 'ok' });
    } catch (error) {
      res.send(503, {
        status: 'unavailable',
        mode: deps.mode,
        version: deps.version,
        storage: 'unreachable',
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  };
}
