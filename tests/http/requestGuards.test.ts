// The server's front door, on the real app over real HTTP: only plain JSON within the size limit
// gets in. Compressed, multipart and form bodies are refused before they are read, nothing lands
// in the temp folder, and the server keeps answering.
import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { startApp, RunningApp } from '../../bot/src/app';
import { loadConfig } from '../../bot/src/config';
import { createLogger } from '../../bot/src/logger';
import { MAX_BODY_BYTES } from '../../bot/src/http/httpServer';
import { personalMessage, newUser } from '../bot/activities';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { testConnectionString, uniqueTablePrefix } from '../support/tables';

let app: RunningApp;
let connector: RecordingConnector;

beforeAll(async () => {
  const config = loadConfig({
    TABLES_CONNECTION_STRING: testConnectionString(),
    TABLES_TABLE_PREFIX: uniqueTablePrefix('guards'),
    PORT: '0',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
  });
  [app, connector] = await Promise.all([startApp(config, createLogger(config)), startRecordingConnector()]);
});

afterAll(async () => {
  await app?.close();
  await connector?.close();
});

interface Answer {
  status: number;
  body: { error?: string; message?: { da: string; en: string } };
}

/** A raw request, so the test decides every header (fetch would add or fix some). */
function send(path: string, headers: Record<string, string>, body: Buffer | string | AsyncIterable<Buffer>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, app.url);
    const req = request(url, { method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : {} }));
    });
    // The server may answer and close before the whole body is sent: that is the point.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    if (typeof body === 'string' || Buffer.isBuffer(body)) {
      req.end(body);
    } else {
      void (async () => {
        for await (const chunk of body) if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
        req.end();
      })().catch(() => undefined);
    }
  });
}

async function healthStatus(): Promise<number> {
  return (await fetch(`${app.url}/api/health`)).status;
}

function tempFiles(): Set<string> {
  return new Set(readdirSync(tmpdir()));
}

test('a gzip-encoded body is refused with 415 before it is read, and the server keeps answering', async () => {
  const answer = await send('/api/messages', { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': '2' }, 'xx');
  expect(answer.status).toBe(415);
  expect(answer.body.error).toBe('UnsupportedMediaType');
  expect(answer.body.message?.da).toMatch(/Content-Encoding/);
  expect(await healthStatus()).toBe(200);
});

test('a small gzip body that would inflate past the limit is refused with 415, never inflated', async () => {
  const bomb = gzipSync(Buffer.alloc(20 * MAX_BODY_BYTES, ' '));
  expect(bomb.length).toBeLessThan(MAX_BODY_BYTES / 10);
  const answer = await send('/api/messages', { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(bomb.length) }, bomb);
  expect(answer.status).toBe(415);
  expect(await healthStatus()).toBe(200);
});

test('a multipart upload is refused with 415 and leaves no file in the temp folder', async () => {
  const before = tempFiles();
  const boundary = '----ledertrainee-test';
  const part = Buffer.alloc(256 * 1024, 'a');
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cv.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    part,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const answer = await send('/api/messages', { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(body.length) }, body);
  expect(answer.status).toBe(415);
  const added = [...tempFiles()].filter((name) => !before.has(name) && !name.startsWith('jest'));
  expect(added).toEqual([]);
  expect(await healthStatus()).toBe(200);
});

test('a form-encoded body is refused with 415 and never reaches the bot', async () => {
  const body = 'type=message&from[id]=x&conversation[id]=y&serviceUrl=http://127.0.0.1:1';
  const answer = await send('/api/messages', { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(body.length) }, body);
  expect(answer.status).toBe(415);
  expect(connector.received).toHaveLength(0);
});

test('a body that is not JSON at all (text/plain) is refused with 415', async () => {
  const answer = await send('/api/messages', { 'content-type': 'text/plain', 'content-length': '5' }, 'hello');
  expect(answer.status).toBe(415);
});

test('a JSON body whose Content-Length is over the limit is refused with 413 without being read', async () => {
  const answer = await send(
    '/api/messages',
    { 'content-type': 'application/json', 'content-length': String(MAX_BODY_BYTES + 1) },
    Buffer.alloc(1024, ' '),
  );
  expect(answer.status).toBe(413);
  expect(answer.body.message).toEqual({ da: 'Forespørgslen er for stor.', en: 'The request is too large.' });
  expect(await healthStatus()).toBe(200);
});

test('a chunked JSON body that grows past the limit is cut off with 413', async () => {
  async function* endless() {
    yield Buffer.from('{"type":"message","text":"');
    for (let i = 0; i < 64; i += 1) yield Buffer.alloc(16 * 1024, 'a');
    yield Buffer.from('"}');
  }
  const answer = await send('/api/messages', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, endless());
  expect(answer.status).toBe(413);
  expect(await healthStatus()).toBe(200);
});

test('malformed JSON gets 400 with a Danish and English message', async () => {
  const answer = await send('/api/messages', { 'content-type': 'application/json', 'content-length': '7' }, '{"type"');
  expect(answer.status).toBe(400);
  expect(answer.body).toEqual({
    error: 'InvalidJson',
    message: { da: 'Forespørgslen er ikke gyldig JSON.', en: 'The request is not valid JSON.' },
  });
});

test('a plain JSON activity (with a charset) still reaches the bot, which answers', async () => {
  const activity = personalMessage({ serviceUrl: connector.serviceUrl, user: newUser('Mette Sørensen') }, 'hjælp');
  const body = JSON.stringify(activity);
  const answer = await send('/api/messages', { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)) }, body);
  expect(answer.status).toBe(200);
  expect(connector.activitiesIn(activity.conversation.id)).toHaveLength(1);
});
