/**
 * Signed download links for a conversation's calendar file. The link sits in a Teams card and is
 * opened in a browser, where there is no Teams sign-in: the link itself is the permission, for one
 * conversation, until it expires.
 *
 * A token is base64url (no padding) of
 *   version (1 byte, 1) | expiry (4 bytes, whole seconds since 1970, big-endian) |
 *   length of the programme id in UTF-8 (2 bytes) | programme id | conversation id |
 *   HMAC-SHA256 (32 bytes) of everything before it, keyed with the server's secret and prefixed with
 *   this purpose, so a signature made for anything else never passes here.
 * It reveals the two ids and the expiry, nothing else, and holds only URL-safe characters
 * (A–Z a–z 0–9 - _). For two UUIDs it is 148 characters; the path adds 18.
 * Verification checks the shape first, then the signature (timing-safe), then the expiry — so an
 * "expired" answer is only ever given for a link this server made.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { hasLoneSurrogate } from '../domain/validation';

export interface CalendarLinkClaims {
  programmeId: string;
  conversationId: string;
  /** After this the link is refused. Kept to whole seconds (rounded down). */
  expiresAt: Date;
}

export type CalendarLinkRefusal = 'malformed' | 'forged' | 'expired';

export type CalendarLinkCheck =
  | ({ ok: true } & CalendarLinkClaims)
  | { ok: false; reason: CalendarLinkRefusal };

/** Where the route serves the files: `${CALENDAR_LINK_PREFIX}<token>.ics`. */
export const CALENDAR_LINK_PREFIX = '/api/calendar/';
export const CALENDAR_LINK_SUFFIX = '.ics';
/** A secret shorter than this (in bytes) is refused: HMAC-SHA256 wants 256 bits of key. */
export const MIN_SECRET_BYTES = 32;

const VERSION = 1;
const PURPOSE = Buffer.from('ledertrainee-for-teams/calendar-link\0', 'utf8');
const MAC_BYTES = 32;
const HEADER_BYTES = 1 + 4 + 2;
/** Ids are at most 128 UTF-16 units in the domain, so at most 384 bytes of UTF-8 each. */
const MAX_ID_BYTES = 512;
const MAX_TOKEN_CHARS = Math.ceil(((HEADER_BYTES + 2 * MAX_ID_BYTES + MAC_BYTES) * 4) / 3);
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The path of the conversation's calendar file, `/api/calendar/<token>.ics`, valid until
 * `expiresAt`. Throws RangeError on empty or overlong ids, an invalid expiry or a short secret.
 */
export function signCalendarLink(claims: CalendarLinkClaims, secret: string | Uint8Array): string {
  return `${CALENDAR_LINK_PREFIX}${calendarLinkToken(claims, secret)}${CALENDAR_LINK_SUFFIX}`;
}

/** The token alone (what `signCalendarLink` puts in the path). */
export function calendarLinkToken(claims: CalendarLinkClaims, secret: string | Uint8Array): string {
  const key = requireSecret(secret);
  const programmeId = Buffer.from(requireId(claims.programmeId, 'programmeId'), 'utf8');
  const conversationId = Buffer.from(requireId(claims.conversationId, 'conversationId'), 'utf8');
  const expiry = claims.expiresAt instanceof Date ? Math.floor(claims.expiresAt.getTime() / 1000) : NaN;
  if (!Number.isInteger(expiry) || expiry < 0 || expiry > 0xffffffff) {
    throw new RangeError('expiresAt must be a valid instant between 1970 and 2106');
  }
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt8(VERSION, 0);
  header.writeUInt32BE(expiry, 1);
  header.writeUInt16BE(programmeId.length, 5);
  const payload = Buffer.concat([header, programmeId, conversationId]);
  return Buffer.concat([payload, mac(key, payload)]).toString('base64url');
}

/**
 * The ids a token stands for, or why it is refused: `malformed` (not a token of ours at all),
 * `forged` (well-formed but not signed with this secret: altered, or from another server) or
 * `expired` (genuine, but `now` is at or after its expiry).
 */
export function verifyCalendarLink(token: string, secret: string | Uint8Array, now: Date): CalendarLinkCheck {
  const key = requireSecret(secret);
  if (typeof token !== 'string' || token.length > MAX_TOKEN_CHARS || !BASE64URL.test(token)) return refused('malformed');
  const bytes = Buffer.from(token, 'base64url');
  // Only the canonical spelling: no trailing bits that decode to the same bytes.
  if (bytes.toString('base64url') !== token) return refused('malformed');
  if (bytes.length < HEADER_BYTES + 2 + MAC_BYTES || bytes.readUInt8(0) !== VERSION) return refused('malformed');
  const payload = bytes.subarray(0, bytes.length - MAC_BYTES);
  const programmeIdBytes = payload.readUInt16BE(5);
  const idsBytes = payload.length - HEADER_BYTES;
  if (programmeIdBytes < 1 || programmeIdBytes >= idsBytes) return refused('malformed');

  // The signature before anything else is believed.
  if (!timingSafeEqual(mac(key, payload), bytes.subarray(payload.length))) return refused('forged');

  let programmeId: string;
  let conversationId: string;
  try {
    programmeId = strictUtf8.decode(payload.subarray(HEADER_BYTES, HEADER_BYTES + programmeIdBytes));
    conversationId = strictUtf8.decode(payload.subarray(HEADER_BYTES + programmeIdBytes));
  } catch {
    return refused('malformed');
  }
  const expiresAt = new Date(payload.readUInt32BE(1) * 1000);
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new RangeError('now is not a valid Date');
  if (now.getTime() >= expiresAt.getTime()) return refused('expired');
  return { ok: true, programmeId, conversationId, expiresAt };
}

/**
 * The token in a request path `/api/calendar/<token>.ics` (query string allowed), or undefined when
 * the path is not of that shape. The route passes it to `verifyCalendarLink`.
 */
export function calendarTokenFromPath(path: string): string | undefined {
  const pathname = path.split('?')[0];
  if (!pathname.startsWith(CALENDAR_LINK_PREFIX) || !pathname.endsWith(CALENDAR_LINK_SUFFIX)) return undefined;
  const token = pathname.slice(CALENDAR_LINK_PREFIX.length, pathname.length - CALENDAR_LINK_SUFFIX.length);
  return BASE64URL.test(token) ? token : undefined;
}

function mac(key: Buffer, payload: Buffer): Buffer {
  return createHmac('sha256', key).update(PURPOSE).update(payload).digest();
}

function refused(reason: CalendarLinkRefusal): CalendarLinkCheck {
  return { ok: false, reason };
}

function requireSecret(secret: string | Uint8Array): Buffer {
  const key = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret);
  if (key.length < MIN_SECRET_BYTES) throw new RangeError(`The calendar link secret must be at least ${MIN_SECRET_BYTES} bytes`);
  return key;
}

function requireId(id: string, name: string): string {
  if (typeof id !== 'string' || id.length === 0 || Buffer.byteLength(id, 'utf8') > MAX_ID_BYTES) {
    throw new RangeError(`${name} must be a non-empty id of at most ${MAX_ID_BYTES} bytes`);
  }
  if (hasLoneSurrogate(id)) throw new RangeError(`${name} has a lone surrogate`);
  return id;
}
