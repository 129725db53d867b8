// A stand-in for the Bot Framework channel service (Teams' serviceUrl): a real HTTP server that
// records every activity the bot POSTs to /v3/conversations/:conversationId/activities[/:activityId]
// and answers like the service does, 200 with the new activity's id. Anything else gets a 404 and
// is recorded too, so a test sees calls it did not expect.
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface RecordedActivity {
  /** Bot Framework activity as the bot sent it. */
  activity: Record<string, unknown> & { type: string; text?: string; attachments?: Array<{ contentType: string; content: unknown }> };
  conversationId: string;
  /** The activity id in the path: set when the bot replied to an activity. */
  replyToActivityId?: string;
  headers: IncomingHttpHeaders;
}

export interface UnexpectedRequest {
  method: string;
  url: string;
}

export interface RecordingConnector {
  /** Put this in the activity's serviceUrl. */
  serviceUrl: string;
  readonly received: RecordedActivity[];
  readonly unexpected: UnexpectedRequest[];
  /** The recorded activities of one conversation. */
  activitiesIn(conversationId: string): RecordedActivity[];
  close(): Promise<void>;
}

const ACTIVITIES = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

export async function startRecordingConnector(): Promise<RecordingConnector> {
  const received: RecordedActivity[] = [];
  const unexpected: UnexpectedRequest[] = [];
  let nextId = 1;

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://connector').pathname;
      const match = req.method === 'POST' ? ACTIVITIES.exec(path) : null;
      if (!match) {
        unexpected.push({ method: req.method ?? '', url: req.url ?? '' });
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'NotFound' } }));
        return;
      }
      received.push({
        activity: JSON.parse(Buffer.concat(chunks).toString('utf8')),
        conversationId: decodeURIComponent(match[1]),
        replyToActivityId: match[2] && decodeURIComponent(match[2]),
        headers: req.headers,
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `sent-${nextId++}` }));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    received,
    unexpected,
    activitiesIn: (conversationId) => received.filter((r) => r.conversationId === conversationId),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
