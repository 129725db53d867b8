// A stand-in for the Bot Framework channel service (Teams' serviceUrl): a real HTTP server that
// records every activity the bot POSTs to /v3/conversations/:conversationId/activities[/:activityId]
// and answers like the service does, 200 with the new activity's id; and the members of a
// conversation a test names (GET …/pagedmembers). Anything else gets a 404 and
// is recorded too, so a test sees calls it did not expect.
import { createServer, IncomingHttpHeaders, Server, ServerResponse } from 'node:http';
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
  /** The next `times` activities are refused with `status` (and not recorded), as Teams refuses e.g. a malformed card. */
  refuseNext(status: number, times?: number): void;
  /** The recorded activities of one conversation. */
  activitiesIn(conversationId: string): RecordedActivity[];
  /** Who is in a conversation, for GET /v3/conversations/:id/pagedmembers (else that answers 404). */
  setMembers(conversationId: string, members: Array<{ id: string; name: string; aadObjectId?: string }>): void;
  close(): Promise<void>;
}

const ACTIVITIES = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;
const PAGED_MEMBERS = /^\/v3\/conversations\/([^/]+)\/pagedmembers\/?$/;

export async function startRecordingConnector(): Promise<RecordingConnector> {
  const received: RecordedActivity[] = [];
  const unexpected: UnexpectedRequest[] = [];
  let nextId = 1;
  let refusals: { status: number; left: number } | undefined;
  const members = new Map<string, Array<{ id: string; name: string; aadObjectId?: string }>>();

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://connector').pathname;
      const paged = req.method === 'GET' ? PAGED_MEMBERS.exec(path) : null;
      const known = paged ? members.get(decodeURIComponent(paged[1])) : undefined;
      if (known) {
        respond(res, 200, { members: known.map((m) => ({ ...m, userRole: 'user', tenantId: '11111111-2222-3333-4444-555555555555' })) });
        return;
      }
      const match = req.method === 'POST' ? ACTIVITIES.exec(path) : null;
      if (!match) {
        unexpected.push({ method: req.method ?? '', url: req.url ?? '' });
        respond(res, 404, { error: { code: 'NotFound' } });
        return;
      }
      if (refusals && refusals.left > 0) {
        refusals.left -= 1;
        respond(res, refusals.status, { error: { code: 'BadArgument', message: 'Refused by the recording connector' } });
        return;
      }
      received.push({
        activity: JSON.parse(Buffer.concat(chunks).toString('utf8')),
        conversationId: decodeURIComponent(match[1]),
        replyToActivityId: match[2] && decodeURIComponent(match[2]),
        headers: req.headers,
      });
      respond(res, 200, { id: `sent-${nextId++}` });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    received,
    unexpected,
    refuseNext: (status, times = 1) => {
      refusals = { status, left: times };
    },
    activitiesIn: (conversationId) => received.filter((r) => r.conversationId === conversationId),
    setMembers: (conversationId, list) => void members.set(conversationId, list),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

// Not chained: restify, loaded in the same process, replaces ServerResponse.prototype.writeHead
// with a version that does not return the response.
function respond(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
