import type { Request, Response } from 'restify';
import { Logger, StorageHealth } from '../application/ports';

/**
 * GET /api/health: 200 while Table Storage answers, 503 otherwise. Used by the App Service health
 * check and by `npm start` to know when the app is ready. It is public, so it says only whether
 * storage is up; why it is down goes to the log, never to the caller.
 */
export function healthRoute(deps: { storage: StorageHealth; logger: Logger }) {
  return async (_req: Request, res: Response): Promise<void> => {
    try {
      await deps.storage.check();
      res.send(200, { status: 'ok', storage: 'up' });
    } catch (error) {
      deps.logger.warn({ err: error }, 'Health check: Table Storage does not answer');
      res.send(503, { status: 'unavailable', storage: 'down' });
    }
  };
}
