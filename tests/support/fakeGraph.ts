// A local Microsoft Graph for the Graph scheduler's tests: a real HTTPS server (node:https, a
// self-signed certificate for 127.0.0.1 — the Graph client sends its token only over https) that
// answers exactly the endpoints the adapter uses, with the payload shapes Microsoft documents:
//   POST  /v1.0/users/{organizer}/findMeetingTimes        → meetingTimeSuggestionsResult
//   POST  /v1.0/users/{organizer}/events                  → 201 event (id, onlineMeeting.joinUrl)
//   GET   /v1.0/users/{organizer}/events?$filter=singleValueExtendedProperties/Any(...)  → { value: [event] }
//   PATCH /v1.0/users/{organizer}/events/{id}             → 200 event
//   POST  /v1.0/users/{organizer}/events/{id}/cancel      → 202, no body
// It records every request, refuses a missing or wrong bearer token (401, Graph's error shape) and
// can answer 429 with Retry-After once. Anything else is a 400 naming what it was.
import { createServer, Server } from 'node:https';
import { request as httpsRequest } from 'node:https';
import { AddressInfo } from 'node:net';
import type { GraphFetch } from '../../bot/src/scheduling/graphScheduler';
import { FAKE_GRAPH_CERT, FAKE_GRAPH_KEY } from './fakeGraphTls';

export const FAKE_GRAPH_TOKEN = 'fake-graph-token-7c1f';

export interface RecordedGraphRequest {
  method: string;
  /** Path without the query, e.g. /v1.0/users/noreply%40aarhus.dk/findMeetingTimes. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: any;
  /** What the fake answered. */
  status: number;
}

export interface FakeGraphEvent {
  id: string;
  body: any;
  joinUrl: string;
  cancelled?: { comment: string };
}

export interface GraphDateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

export interface FakeGraph {
  /** e.g. https://127.0.0.1:54321 (the adapter adds /v1.0). */
  baseUrl: string;
  requests: RecordedGraphRequest[];
  events: Map<string, FakeGraphEvent>;
  /** What findMeetingTimes answers next: suggested starts and ends, and the reason when none. */
  suggest(slots: { start: GraphDateTimeTimeZone; end: GraphDateTimeTimeZone }[], emptySuggestionsReason?: string): void;
  /** The next request (to any endpoint) gets 429 Too Many Requests with Retry-After. */
  throttleOnce(retryAfterSeconds?: number): void;
  /** A fetch that trusts the fake's certificate (Node's fetch has no CA option without undici). */
  fetch: GraphFetch;
  close(): Promise<void>;
}

export async function startFakeGraph(): Promise<FakeGraph> {
  const requests: RecordedGraphRequest[] = [];
  const events = new Map<string, FakeGraphEvent>();
  let suggestions: { start: GraphDateTimeTimeZone; end: GraphDateTimeTimeZone }[] = [];
  let emptyReason = '';
  let throttle: number | undefined;
  let nextId = 1;

  const server: Server = createServer({ key: FAKE_GRAPH_KEY, cert: FAKE_GRAPH_CERT }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'https://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      let body: any;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      const record: RecordedGraphRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body,
        status: 0,
      };
      requests.push(record);
      const answer = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
        record.status = status;
        const data = payload === undefined ? '' : JSON.stringify(payload);
        res.writeHead(status, { ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers });
        res.end(data);
      };
      const graphError = (status: number, code: string, message: string, headers?: Record<string, string>) =>
        answer(status, { error: { code, message, innerError: { 'request-id': `fake-${requests.length}`, date: new Date().toISOString() } } }, headers);

      if (req.headers.authorization !== `Bearer ${FAKE_GRAPH_TOKEN}`) {
        return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.');
      }
      if (throttle !== undefined) {
        const after = throttle;
        throttle = undefined;
        return graphError(429, 'TooManyRequests', 'Too many requests.', { 'Retry-After': String(after) });
      }
      const writes = req.method === 'POST' || req.method === 'PATCH';
      if (writes && body !== undefined && !String(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return graphError(415, 'UnsupportedMediaType', 'Content-Type must be application/json.');
      }

      const match = /^\/v1\.0\/users\/([^/]+)\/(findMeetingTimes|events)(?:\/([^/]+)(\/cancel)?)?$/.exec(url.pathname);
      if (!match) return graphError(400, 'BadRequest', `The fake Graph does not answer ${req.method} ${url.pathname}`);
      const [, , resource, eventId, cancel] = match;

      if (resource === 'findMeetingTimes' && req.method === 'POST' && !eventId) {
        return answer(200, {
          '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.meetingTimeSuggestionsResult',
          emptySuggestionsReason: suggestions.length === 0 ? emptyReason : '',
          meetingTimeSuggestions: suggestions.map((slot) => ({
            confidence: 100,
            organizerAvailability: 'free',
            suggestionReason: 'Suggested because it is one of the nearest times when all attendees are available.',
            meetingTimeSlot: slot,
            attendeeAvailability: (body?.attendees ?? []).map((a: any) => ({ attendee: { type: 'required', emailAddress: a.emailAddress }, availability: 'free' })),
            locations: [],
          })),
        });
      }
      if (resource === 'events' && req.method === 'POST' && !eventId) {
        const id = `AAMkAGFakeEvent${nextId++}=`;
        const joinUrl = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${id.slice(0, 20)}%40thread.v2/0?context=%7b%22Tid%22%3a%22fake%22%7d`;
        events.set(id, { id, body, joinUrl });
        return answer(201, eventResource(events.get(id) as FakeGraphEvent));
      }
      if (resource === 'events' && req.method === 'GET' && !eventId) {
        const filter = url.searchParams.get('$filter') ?? '';
        const wanted = /ep\/value eq '((?:[^']|'')*)'/.exec(filter)?.[1]?.replace(/''/g, "'");
        const propertyId = /ep\/id eq '([^']*)'/.exec(filter)?.[1];
        if (!wanted || !propertyId) return graphError(400, 'BadRequest', 'Only the extended-property filter is answered.');
        const found = [...events.values()].filter((e) =>
          (e.body?.singleValueExtendedProperties ?? []).some((p: any) => p.id === propertyId && p.value === wanted),
        );
        return answer(200, { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users(...)/events', value: found.map(eventResource) });
      }
      const event = eventId ? events.get(decodeURIComponent(eventId)) : undefined;
      if (eventId && !event) return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
      if (event && req.method === 'PATCH' && !cancel) {
        event.body = { ...event.body, ...body };
        return answer(200, eventResource(event));
      }
      if (event && req.method === 'POST' && cancel) {
        event.cancelled = { comment: body?.comment ?? '' };
        return answer(202);
      }
      return graphError(400, 'BadRequest', `The fake Graph does not answer ${req.method} ${url.pathname}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `https://127.0.0.1:${port}`,
    requests,
    events,
    suggest(slots, reason = '') {
      suggestions = slots;
      emptyReason = reason;
    },
    throttleOnce(retryAfterSeconds = 1) {
      throttle = retryAfterSeconds;
    },
    fetch: trustingFetch(FAKE_GRAPH_CERT),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function eventResource(event: FakeGraphEvent): Record<string, unknown> {
  return {
    '@odata.etag': `W/"fake-${event.id}"`,
    id: event.id,
    subject: event.body?.subject,
    start: event.body?.start,
    end: event.body?.end,
    attendees: event.body?.attendees ?? [],
    isCancelled: Boolean(event.cancelled),
    isOnlineMeeting: event.body?.isOnlineMeeting ?? false,
    onlineMeetingProvider: event.body?.onlineMeetingProvider ?? 'unknown',
    onlineMeeting: event.body?.isOnlineMeeting ? { joinUrl: event.joinUrl } : null,
  };
}

/** fetch over node:https trusting `ca`: the HTTP call under the Graph client's middleware in tests. */
export function trustingFetch(ca: string): GraphFetch {
  return (request, init) =>
    new Promise<Response>((resolve, reject) => {
      const url = typeof request === 'string' ? request : (request as { url: string }).url;
      const headers = Object.fromEntries(new Headers((init?.headers ?? {}) as any));
      const req = httpsRequest(url, { method: init?.method ?? 'GET', headers, ca, ...(init?.signal ? { signal: init.signal as AbortSignal } : {}) }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const status = res.statusCode ?? 500;
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
          }
          const data = Buffer.concat(chunks);
          resolve(new Response([101, 204, 205, 304].includes(status) || data.length === 0 ? null : data, { status, headers: responseHeaders }));
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      if (typeof init?.body === 'string') req.write(init.body);
      req.end();
    });
}
