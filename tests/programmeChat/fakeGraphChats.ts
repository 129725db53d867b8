// A local Microsoft Graph for the programme chat's tests: a real HTTPS server (the certificate of
// tests/support/fakeGraphTls.ts; the Graph client sends its token only over https) answering exactly
// the two endpoints the adapter uses, with the payloads Microsoft documents:
//   POST /v1.0/chats                      { chatType: 'group', topic, members: [aadUserConversationMember] }
//                                          → 201 chat { id: '19:…@thread.v2', topic, chatType, tenantId, … }
//   POST /v1.0/chats/{chat-id}/installedApps { 'teamsApp@odata.bind': '…/appCatalogs/teamsApps/{id}' } → 201, no body
// A request that is not shaped as documented gets 400 with Graph's error shape; a missing or wrong
// token 401. `failNext` makes the next call of one endpoint answer a given status (403, 500, …).
import { createServer, Server } from 'node:https';
import { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { GraphFetch } from '../../bot/src/scheduling/graphScheduler';
import { FAKE_GRAPH_TOKEN, trustingFetch } from '../support/fakeGraph';
import { FAKE_GRAPH_CERT, FAKE_GRAPH_KEY } from '../support/fakeGraphTls';

export const FAKE_TENANT = '11111111-2222-3333-4444-555555555555';

export interface RecordedChatRequest {
  method: string;
  path: string;
  body: any;
  status: number;
}

export interface FakeChat {
  id: string;
  topic: string;
  memberIds: string[];
  installedApps: string[];
}

export interface FakeGraphChats {
  baseUrl: string;
  requests: RecordedChatRequest[];
  chats: Map<string, FakeChat>;
  failNext(endpoint: 'createChat' | 'installApp', status: number): void;
  fetch: GraphFetch;
  close(): Promise<void>;
}

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export async function startFakeGraphChats(): Promise<FakeGraphChats> {
  const requests: RecordedChatRequest[] = [];
  const chats = new Map<string, FakeChat>();
  const failures = new Map<string, number>();
  let baseUrl = '';

  const server: Server = createServer({ key: FAKE_GRAPH_KEY, cert: FAKE_GRAPH_CERT }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'https://127.0.0.1').pathname);
      let body: any;
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
      } catch {
        body = undefined;
      }
      const record: RecordedChatRequest = { method: req.method ?? '', path, body, status: 0 };
      requests.push(record);
      const answer = (status: number, payload?: unknown) => {
        record.status = status;
        res.writeHead(status, payload === undefined ? {} : { 'Content-Type': 'application/json' });
        res.end(payload === undefined ? '' : JSON.stringify(payload));
      };
      const error = (status: number, code: string, message: string) =>
        answer(status, { error: { code, message, innerError: { 'request-id': `fake-${requests.length}`, date: new Date().toISOString() } } });

      if (req.headers.authorization !== `Bearer ${FAKE_GRAPH_TOKEN}`) return error(401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.');
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return error(415, 'UnsupportedMediaType', 'Content-Type must be application/json.');
      const endpoint = req.method === 'POST' && path === '/v1.0/chats' ? 'createChat' : req.method === 'POST' && /^\/v1\.0\/chats\/[^/]+\/installedApps$/.test(path) ? 'installApp' : undefined;
      if (!endpoint) return error(400, 'BadRequest', `The fake Graph does not answer ${req.method} ${path}`);
      const failure = failures.get(endpoint);
      if (failure !== undefined) {
        failures.delete(endpoint);
        return error(failure, failure === 403 ? 'Forbidden' : 'InternalServerError', failure === 403 ? 'Missing role permissions on the request.' : 'Something went wrong.');
      }

      if (endpoint === 'createChat') {
        const member = new RegExp(`^${baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/v1\\.0/users\\('(${GUID})'\\)$`);
        const members: any[] = Array.isArray(body?.members) ? body.members : [];
        const ids = members.map((m) => member.exec(String(m?.['user@odata.bind'] ?? ''))?.[1]);
        const wellFormed =
          body?.chatType === 'group' &&
          typeof body.topic === 'string' &&
          members.length >= 3 &&
          members.every((m, i) => m['@odata.type'] === '#microsoft.graph.aadUserConversationMember' && JSON.stringify(m.roles) === '["owner"]' && ids[i]);
        if (!wellFormed) return error(400, 'BadRequest', 'Invalid chat: chatType group, a topic and aadUserConversationMember members with user@odata.bind are required.');
        const id = `19:${randomBytes(16).toString('hex')}@thread.v2`;
        chats.set(id, { id, topic: body.topic, memberIds: ids as string[], installedApps: [] });
        const now = new Date().toISOString();
        return answer(201, {
          '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#chats/$entity',
          id,
          topic: body.topic,
          createdDateTime: now,
          lastUpdatedDateTime: now,
          chatType: 'group',
          webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(id)}/0?tenantId=${FAKE_TENANT}`,
          tenantId: FAKE_TENANT,
          viewpoint: null,
          onlineMeetingInfo: null,
        });
      }
      const chatId = /^\/v1\.0\/chats\/([^/]+)\/installedApps$/.exec(path)?.[1] ?? '';
      const chat = chats.get(chatId);
      if (!chat) return error(404, 'NotFound', 'Chat not found.');
      const app = new RegExp(`^${baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/v1\\.0/appCatalogs/teamsApps/(${GUID})$`).exec(String(body?.['teamsApp@odata.bind'] ?? ''))?.[1];
      if (!app) return error(400, 'BadRequest', 'teamsApp@odata.bind must name an app of the app catalog.');
      chat.installedApps.push(app);
      return answer(201);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    requests,
    chats,
    failNext: (endpoint, status) => void failures.set(endpoint, status),
    fetch: trustingFetch(FAKE_GRAPH_CERT),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
