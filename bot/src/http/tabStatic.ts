/**
 * Serves the built Teams tab (tab/dist, made by Vite) under /tab.
 *
 * - Files under /tab/assets/ carry a content hash in their names, so they are cached for a year;
 *   index.html (and anything else) is revalidated every time, so a new build reaches users at once.
 * - A path without a file extension that names no file is a client route of the tab (/tab/oversigt,
 *   /tab/forloeb/<id>, /tab/config …): it gets index.html, and the tab's router takes over.
 * - The request path is decoded and resolved inside tab/dist; anything that would leave it (`..`,
 *   encoded slashes, NUL) is refused with 404, like a file that does not exist.
 * - Text files are gzipped once in memory when the browser accepts it.
 * - Teams shows the tab in an iframe: frame-ancestors names the Microsoft 365 hosts that may frame it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request, Response, Server } from 'restify';

export const TAB_BASE_PATH = '/tab';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** Teams (web, desktop, mobile), Outlook and the Microsoft 365 app may frame the tab; 'self' for local tests. */
const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://*.microsoft365.com',
  'https://*.skype.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
].join(' ');

const NOT_BUILT =
  'Fanen er ikke bygget endnu: kør `npm run build:tab` (npm start og npm test gør det selv). / ' +
  'The tab has not been built yet: run `npm run build:tab` (npm start and npm test do it themselves).';

interface CachedFile {
  mtimeMs: number;
  body: Buffer;
  gzipped?: Buffer;
}

export interface TabStaticOptions {
  /** The folder Vite built the tab into (holds index.html and assets/). */
  distDir: string;
}

/** Mounts GET and HEAD of /tab and /tab/* on the server. */
export function registerTabStatic(server: Server, options: TabStaticOptions): void {
  const handler = tabStaticHandler(options);
  for (const route of [TAB_BASE_PATH, `${TAB_BASE_PATH}/*`]) {
    server.get(route, handler);
    server.head(route, handler);
  }
}

export function tabStaticHandler(options: TabStaticOptions) {
  const root = path.resolve(options.distDir);
  const cache = new Map<string, CachedFile>();

  const read = (file: string): CachedFile | undefined => {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return undefined;
    }
    if (!stat.isFile()) return undefined;
    const known = cache.get(file);
    if (known && known.mtimeMs === stat.mtimeMs) return known;
    const fresh: CachedFile = { mtimeMs: stat.mtimeMs, body: readFileSync(file) };
    cache.set(file, fresh);
    return fresh;
  };

  // async: restify accepts a handler without `next` only when it returns a promise.
  return async (req: Request, res: Response): Promise<void> => {
    const relative = relativeTabPath(req.url ?? '/');
    if (relative === undefined) return notFound(res);
    const indexFile = path.join(root, 'index.html');
    if (!existsSync(indexFile)) return plain(res, 503, NOT_BUILT);

    let file = relative === '' ? indexFile : path.resolve(root, relative);
    // Never leave tab/dist, whatever the path says.
    if (file !== root && !file.startsWith(root + path.sep)) return notFound(res);
    let found = read(file);
    if (!found) {
      // A missing asset is a 404; a path without an extension is a route of the tab's own router.
      if (path.extname(relative) !== '') return notFound(res);
      file = indexFile;
      found = read(file);
      if (!found) return plain(res, 503, NOT_BUILT);
    }

    const ext = path.extname(file).toLowerCase();
    const headers: Record<string, string> = {
      'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': relative.startsWith('assets/') && file !== indexFile ? IMMUTABLE : REVALIDATE,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      Vary: 'Accept-Encoding',
    };
    if (ext === '.html') headers['Content-Security-Policy'] = `frame-ancestors ${FRAME_ANCESTORS}`;

    let body = found.body;
    if (COMPRESSIBLE.has(ext) && acceptsGzip(req)) {
      found.gzipped ??= gzipSync(found.body);
      body = found.gzipped;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/**
 * The path below /tab/, decoded, without a leading slash ('' for the tab's start page), or undefined
 * when it is not a path we serve: outside /tab, undecodable, with NUL, backslashes or `..` segments.
 */
export function relativeTabPath(url: string): string | undefined {
  const pathname = url.split(/[?#]/, 1)[0];
  if (pathname !== TAB_BASE_PATH && !pathname.startsWith(`${TAB_BASE_PATH}/`)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname.slice(TAB_BASE_PATH.length));
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..')) return undefined;
  return segments.join('/');
}

function acceptsGzip(req: Request): boolean {
  return String(req.headers['accept-encoding'] ?? '')
    .split(',')
    .some((part) => {
      const [coding, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return coding.trim() === 'gzip' && (q === undefined || Number(q.slice(2)) > 0);
    });
}

function notFound(res: Response): void {
  plain(res, 404, 'Siden findes ikke. / The page does not exist.');
}

function plain(res: Response, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(text);
}
