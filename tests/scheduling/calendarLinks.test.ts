// The link in a card that downloads a conversation's calendar file in a browser (no Teams sign-in):
// signed by the server, for one conversation, until it expires.
import {
  calendarLinkToken,
  calendarTokenFromPath,
  signCalendarLink,
  verifyCalendarLink,
} from '../../bot/src/scheduling';

const SECRET = 'a-test-secret-of-at-least-32-bytes-long!';
const claims = {
  programmeId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
  conversationId: '6fa459ea-ee8a-3ca4-894e-db77e160355e',
  expiresAt: new Date('2026-06-01T00:00:00Z'),
};
const BEFORE = new Date('2026-05-31T23:59:59Z');

/** Changes the token's bytes and writes it again as a well-formed token. */
function alter(token: string, change: (bytes: Buffer) => void): string {
  const bytes = Buffer.from(token, 'base64url');
  change(bytes);
  return bytes.toString('base64url');
}

test('a signed link is a short, URL-safe path to an .ics file that verifies to its ids', () => {
  const path = signCalendarLink(claims, SECRET);
  expect(path).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]+\.ics$/);
  expect(path.length).toBeLessThanOrEqual(170);
  const token = calendarTokenFromPath(path)!;
  expect(verifyCalendarLink(token, SECRET, BEFORE)).toEqual({ ok: true, ...claims });
});

test('the link carries the ids and the expiry and nothing more', () => {
  const bytes = Buffer.from(calendarLinkToken(claims, SECRET), 'base64url');
  expect(bytes.length).toBe(1 + 4 + 2 + claims.programmeId.length + claims.conversationId.length + 32);
  const text = bytes.toString('latin1');
  expect(text).toContain(claims.programmeId + claims.conversationId);
});

test('signing is deterministic: the same conversation and expiry give the same link', () => {
  expect(signCalendarLink(claims, SECRET)).toBe(signCalendarLink({ ...claims }, SECRET));
});

test('ids with Danish letters and any punctuation come back as they were', () => {
  const odd = { programmeId: 'prog/æøå~1', conversationId: 'samtale.del-1 (ny)', expiresAt: claims.expiresAt };
  const token = calendarLinkToken(odd, SECRET);
  expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(verifyCalendarLink(token, SECRET, BEFORE)).toEqual({ ok: true, ...odd });
});

test('an expired link is refused as expired, from the second of its expiry', () => {
  const token = calendarLinkToken(claims, SECRET);
  expect(verifyCalendarLink(token, SECRET, new Date('2026-06-01T00:00:00Z'))).toEqual({ ok: false, reason: 'expired' });
  expect(verifyCalendarLink(token, SECRET, new Date('2027-01-01T00:00:00Z'))).toEqual({ ok: false, reason: 'expired' });
});

test('a link whose conversation id was changed is refused as forged', () => {
  const token = calendarLinkToken(claims, SECRET);
  const tampered = alter(token, (bytes) => {
    bytes[bytes.length - 33] ^= 0x01; // the last character of the conversation id
  });
  expect(tampered).not.toBe(token);
  expect(verifyCalendarLink(tampered, SECRET, BEFORE)).toEqual({ ok: false, reason: 'forged' });
});

test('a link whose expiry was pushed later is refused as forged, not honoured', () => {
  const token = calendarLinkToken(claims, SECRET);
  const later = alter(token, (bytes) => bytes.writeUInt32BE(bytes.readUInt32BE(1) + 365 * 86_400, 1));
  expect(verifyCalendarLink(later, SECRET, new Date('2026-12-01T00:00:00Z'))).toEqual({ ok: false, reason: 'forged' });
});

test('a link signed with another secret (another server) is refused as forged', () => {
  const token = calendarLinkToken(claims, 'another-secret-that-is-32-bytes-or-more');
  expect(verifyCalendarLink(token, SECRET, BEFORE)).toEqual({ ok: false, reason: 'forged' });
});

test('a changed signature is refused as forged', () => {
  const token = calendarLinkToken(claims, SECRET);
  const tampered = alter(token, (bytes) => {
    bytes[bytes.length - 1] ^= 0x80;
  });
  expect(verifyCalendarLink(tampered, SECRET, BEFORE)).toEqual({ ok: false, reason: 'forged' });
});

test('anything that is not a link of ours is refused as malformed', () => {
  const token = calendarLinkToken(claims, SECRET);
  for (const bad of [
    '',
    'abc',
    'not a token!',
    `${token}=`,
    `${token}.ics`,
    token.slice(0, 40),
    'A'.repeat(5000),
    alter(token, (bytes) => bytes.writeUInt8(2, 0)), // another version
    alter(token, (bytes) => bytes.writeUInt16BE(0, 5)), // no programme id
    alter(token, (bytes) => bytes.writeUInt16BE(500, 5)), // no conversation id
  ]) {
    expect(verifyCalendarLink(bad, SECRET, BEFORE)).toEqual({ ok: false, reason: 'malformed' });
  }
});

test('a token spelled in a non-canonical way is refused as malformed', () => {
  // 110 bytes end in a partial group: its last character carries 2 unused bits that must be 0.
  const token = calendarLinkToken({ ...claims, conversationId: claims.conversationId.slice(0, -1) }, SECRET);
  expect(Buffer.from(token, 'base64url').length % 3).toBe(2);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const last = alphabet.indexOf(token[token.length - 1]);
  const variant = token.slice(0, -1) + alphabet[last | 1];
  expect(variant).not.toBe(token);
  expect(Buffer.from(variant, 'base64url')).toEqual(Buffer.from(token, 'base64url'));
  expect(verifyCalendarLink(variant, SECRET, BEFORE)).toEqual({ ok: false, reason: 'malformed' });
});

test('the route finds the token in the request path, with or without a query string', () => {
  const path = signCalendarLink(claims, SECRET);
  const token = calendarLinkToken(claims, SECRET);
  expect(calendarTokenFromPath(path)).toBe(token);
  expect(calendarTokenFromPath(`${path}?download=1`)).toBe(token);
  expect(calendarTokenFromPath('/api/calendar/.ics')).toBeUndefined();
  expect(calendarTokenFromPath(`/api/other/${token}.ics`)).toBeUndefined();
  expect(calendarTokenFromPath(`/api/calendar/${token}`)).toBeUndefined();
  expect(calendarTokenFromPath('/api/calendar/../x.ics')).toBeUndefined();
});

test('a short secret, an empty id or an invalid expiry is refused when signing', () => {
  expect(() => signCalendarLink(claims, 'too-short')).toThrow(RangeError);
  expect(() => verifyCalendarLink('abc', 'too-short', BEFORE)).toThrow(RangeError);
  expect(() => signCalendarLink({ ...claims, programmeId: '' }, SECRET)).toThrow(RangeError);
  expect(() => signCalendarLink({ ...claims, conversationId: '' }, SECRET)).toThrow(RangeError);
  expect(() => signCalendarLink({ ...claims, conversationId: '\uD800' }, SECRET)).toThrow(RangeError);
  expect(() => signCalendarLink({ ...claims, expiresAt: new Date('nope') }, SECRET)).toThrow(RangeError);
});
