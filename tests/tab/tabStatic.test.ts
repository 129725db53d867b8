// The built tab as the server serves it under /tab, over real HTTP on the production server setup:
// content types, caching of hashed assets, the index.html fallback for the tab's own routes, and no
// way out of the tab's folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { createHttpServer, HttpServer } from '../../bot/src/http/httpServer';
import { registerTabStatic, relativeTabPath } from '../../bot/src/http/tabStatic';

let dist: string;
let http: HttpServer;
let base: string;

beforeAll(async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'tab-static-'));
  dist = path.join(folder, 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Ledertrainee</title><div id="root"></div>');
  writeFileSync(path.join(dist, 'assets', 'index-AbC123.js'), 'console.log("tab");'.repeat(50));
  writeFileSync(path.join(dist, 'assets', 'index-AbC123.css'), 'body{margin:0}');
  writeFileSync(path.join(folder, 'secret.txt'), 'outside the tab');
  http = createHttpServer('tab-static-test');
  registerTabStatic(http.server, { distDir: dist });
  await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await http.close();
  rmSync(path.dirname(dist), { recursive: true, force: true });
});

/** A raw GET, so paths like /tab/../x reach the server unnormalised (fetch would clean them up). */
function rawGet(pathname: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('the tab start page is HTML that browsers revalidate and Teams may frame', async () => {
  const answer = await rawGet('/tab/');
  expect(answer.status).toBe(200);
  expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(answer.headers['cache-control']).toBe('no-cache');
  expect(String(answer.headers['content-security-policy'])).toContain('frame-ancestors');
  expect(String(answer.headers['content-security-policy'])).toContain('https://teams.microsoft.com');
  expect(answer.body.toString()).toContain('<div id="root">');
  expect((await rawGet('/tab')).body.toString()).toContain('<div id="root">');
});

test('hashed scripts and styles have their content types and are cached for a year', async () => {
  const script = await rawGet('/tab/assets/index-AbC123.js');
  expect(script.status).toBe(200);
  expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
  expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(script.headers['x-content-type-options']).toBe('nosniff');
  const style = await rawGet('/tab/assets/index-AbC123.css');
  expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
});

test('a browser that accepts gzip gets the script compressed, with the same content', async () => {
  const plain = await rawGet('/tab/assets/index-AbC123.js');
  const zipped = await rawGet('/tab/assets/index-AbC123.js', { 'accept-encoding': 'gzip, deflate, br' });
  expect(zipped.headers['content-encoding']).toBe('gzip');
  expect(zipped.body.length).toBeLessThan(plain.body.length);
  expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
});

test('a route of the tab itself (no file extension) gets the start page, so a reload keeps the view', async () => {
  for (const route of ['/tab/oversigt', '/tab/forloeb/abc-123/udskriv', '/tab/config?x=1']) {
    const answer = await rawGet(route);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body.toString()).toContain('<div id="root">');
  }
});

test('a missing asset is 404, not the start page', async () => {
  const answer = await rawGet('/tab/assets/index-gone.js');
  expect(answer.status).toBe(404);
});

test('no path leaves the tab folder, however it is written', async () => {
  for (const sneaky of ['/tab/../secret.txt', '/tab/%2e%2e/secret.txt', '/tab/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/tab/..%5csecret.txt', '/tab/%00index.html']) {
    const answer = await rawGet(sneaky);
    expect(answer.body.toString()).not.toContain('outside the tab');
    expect([404, 400]).toContain(answer.status);
  }
  expect(relativeTabPath('/tab/a/../../secret.txt')).toBeUndefined();
  expect(relativeTabPath('/tabby/x')).toBeUndefined();
  expect(relativeTabPath('/tab/assets/x.js?v=1')).toBe('assets/x.js');
});

test('a server whose tab was never built says how to build it', async () => {
  const empty = mkdtempSync(path.join(tmpdir(), 'tab-unbuilt-'));
  const other = createHttpServer('tab-unbuilt-test');
  registerTabStatic(other.server, { distDir: empty });
  await new Promise<void>((resolve) => other.server.listen(0, '127.0.0.1', () => resolve()));
  try {
    const answer = await fetch(`http://127.0.0.1:${(other.server.address() as AddressInfo).port}/tab/`);
    expect(answer.status).toBe(503);
    expect(await answer.text()).toContain('npm run build:tab');
  } finally {
    await other.close();
    rmSync(empty, { recursive: true, force: true });
  }
});
