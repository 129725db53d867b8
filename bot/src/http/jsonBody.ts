/**
 * The only way a request body enters the server: plain JSON, uncompressed, within a size limit.
 *
 * restify's bodyParser would also inflate gzip/deflate bodies (a few bytes can inflate far past
 * any limit, and a broken stream crashed the process), write multipart uploads to the temp folder
 * before anyone is authenticated, and turn form bodies into nested objects. Neither the Bot
 * Framework nor the tab sends anything but `application/json`, so everything else is refused
 * before a single byte is read: 415 for another type or any Content-Encoding, 413 for a body over
 * the limit (by its Content-Length, or while reading when it has none). Nothing touches the disk.
 */
import contentType from 'content-type';
import getRawBody from 'raw-body';
import type { Next, Request, Response } from 'restify';

export interface JsonBodyOptions {
  /** Largest body accepted, in bytes. */
  maxBytes: number;
}

/** The refusals a client can get from the body guard; `message` is Danish first, then English. */
export type BodyRefusal = { status: 400 | 413 | 415; error: string; message: { da: string; en: string } };

const refusals = {
  unsupportedType: {
    status: 415,
    error: 'UnsupportedMediaType',
    message: {
      da: 'Forespørgslen skal være JSON (Content-Type: application/json).',
      en: 'The request must be JSON (Content-Type: application/json).',
    },
  },
  encoded: {
    status: 415,
    error: 'UnsupportedMediaType',
    message: {
      da: 'Forespørgslen må ikke være komprimeret eller kodet (Content-Encoding).',
      en: 'The request must not be compressed or encoded (Content-Encoding).',
    },
  },
  tooLarge: {
    status: 413,
    error: 'PayloadTooLarge',
    message: { da: 'Forespørgslen er for stor.', en: 'The request is too large.' },
  },
  invalidJson: {
    status: 400,
    error: 'InvalidJson',
    message: { da: 'Forespørgslen er ikke gyldig JSON.', en: 'The request is not valid JSON.' },
  },
  unreadable: {
    status: 400,
    error: 'BadRequest',
    message: { da: 'Forespørgslen kunne ikke læses.', en: 'The request could not be read.' },
  },
} as const satisfies Record<string, BodyRefusal>;

/** Methods whose body we read; anything else must not carry one. */
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * A restify handler that parses a JSON body into `req.body`, or answers with a refusal and ends
 * the chain. (restify wants either an async handler or one taking `next`; this one needs `next`
 * to stop the chain, so the reading runs in `readJson`.)
 */
export function jsonBodyOnly(options: JsonBodyOptions) {
  return (req: Request, res: Response, next: Next): void => {
    void readJson(req, options).then((refusal) => {
      if (!refusal) return next();
      res.setHeader('Connection', 'close');
      res.send(refusal.status, { error: refusal.error, message: refusal.message });
      return next(false);
    });
  };
}

/**
 * Sets `req.body` from the request, or says why not. Refusals by header come before a single byte
 * is read; the connection is then closed after the answer, so the unread body is never taken for
 * the next request (and a client sending a huge body is not worth keeping).
 */
async function readJson(req: Request, options: JsonBodyOptions): Promise<BodyRefusal | undefined> {
  if (!hasBody(req)) return undefined;
  const refusal = WITH_BODY.has(req.method ?? '') ? checkHeaders(req, options) : refusals.unsupportedType;
  if (refusal) return refusal;

  let text: string;
  try {
    text = await getRawBody(req, { limit: options.maxBytes, length: req.headers['content-length'], encoding: 'utf-8' });
  } catch (error) {
    return (error as { type?: string }).type === 'entity.too.large' ? refusals.tooLarge : refusals.unreadable;
  }
  try {
    req.body = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    return refusals.invalidJson;
  }
  return undefined;
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function checkHeaders(req: Request, options: JsonBodyOptions): BodyRefusal | undefined {
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') return refusals.encoded;
  if (!isJson(req)) return refusals.unsupportedType;
  const length = Number(req.headers['content-length']);
  if (Number.isFinite(length) && length > options.maxBytes) return refusals.tooLarge;
  return undefined;
}

function isJson(req: Request): boolean {
  try {
    const { type, parameters } = contentType.parse(req.headers['content-type'] ?? '');
    const charset = parameters.charset?.toLowerCase();
    return type === 'application/json' && (charset === undefined || charset === 'utf-8' || charset === 'utf8');
  } catch {
    return false;
  }
}
