/**
 * The restify server every route is mounted on, with the request guards they all share, and a
 * close that lets requests in flight finish. The composition root and the tests build it here, so
 * a test server refuses exactly what production refuses.
 */
import restify, { Server } from 'restify';
import { jsonBodyOnly } from './jsonBody';

/** Bot Framework activities and tab requests are small; anything bigger is refused unread. */
export const MAX_BODY_BYTES = 512 * 1024;

/** How long a stop waits for requests in flight before it cuts their connections. */
export const DEFAULT_DRAIN_MS = 10_000;

export interface HttpServer {
  server: Server;
  /**
   * Stops accepting connections, lets the requests in flight finish (at most `drainMs`), then
   * closes every connection that is left. Resolves when the server is closed.
   */
  close(drainMs?: number): Promise<void>;
}

export function createHttpServer(name: string): HttpServer {
  const server = restify.createServer({ name, handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser());
  server.use(jsonBodyOnly({ maxBytes: MAX_BODY_BYTES }));

  const inFlight = new Set<object>();
  server.server.on('request', (_req, res) => {
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
  });

  return {
    server,
    close: async (drainMs = DEFAULT_DRAIN_MS) => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive connections (the Playground, browsers) would otherwise hold close() open.
      server.server.closeIdleConnections();
      const deadline = Date.now() + drainMs;
      while (inFlight.size > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        server.server.closeIdleConnections();
      }
      server.server.closeAllConnections();
      await closed;
    },
  };
}
