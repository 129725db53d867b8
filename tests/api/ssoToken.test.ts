// The Teams SSO token, checked as production does: keys generated here and served by a local JWKS
// endpoint stand in for Entra's. Only a token signed by those keys, for the tab's app, from its own
// allowed tenant, with access_as_user and still valid, gets in; every other request gets the same
// 401 that says nothing about why.
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, JWTPayload, SignJWT } from 'jose';

type SigningKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
import { ssoTokenVerifier } from '../../bot/src/api/auth/ssoToken';
import { apiPaths, LOCAL_PERSON_HEADER, programmeView } from '../../bot/src/api/contract';
import { people, programmes, startTabApi, TabApi } from './tabApiHarness';

const CLIENT_ID = '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';
const APP_ID_URI = `api://ledertrainee.example/${CLIENT_ID}`;
const TENANT = '11111111-2222-4333-8444-555555555555';
const OTHER_TENANT = '99999999-2222-4333-8444-555555555555';
const KID = 'test-key-1';

let api: TabApi;
let jwks: Server;
let signingKey: SigningKey;
let strangerKey: SigningKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  jwks = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [publicJwk] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', () => resolve()));
  const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/discovery/v2.0/keys`;
  api = await startTabApi('tabsso', {
    tabIdentity: { kind: 'sso', verify: ssoTokenVerifier({ audiences: [CLIENT_ID, APP_ID_URI], jwksUrl, allowedTenantIds: [TENANT] }) },
  });
});
afterAll(async () => {
  await api.close();
  await new Promise((resolve) => jwks.close(resolve));
});

/** A token as Entra issues it for the tab (v2), for Sofie, unless told otherwise. */
async function token(overrides: JWTPayload = {}, options: { key?: SigningKey; expiresIn?: string | number; kid?: string } = {}): Promise<string> {
  const payload: JWTPayload = {
    aud: CLIENT_ID,
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    tid: TENANT,
    oid: people.traineeInDevelopment.id,
    scp: 'access_as_user',
    ver: '2.0',
    ...overrides,
  };
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? KID, typ: 'JWT' })
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h')
    .sign(options.key ?? signingKey);
}

const viewWith = (bearer: string | undefined, extra: Record<string, string> = {}) =>
  api.get(apiPaths.programme(programmes.sofie), undefined, { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...extra });

const REFUSED = {
  error: 'unauthenticated',
  message: {
    da: 'Du er ikke logget ind, eller dit log ind er udløbet. Åbn fanen i Teams igen.',
    en: 'You are not signed in, or your sign-in has expired. Open the tab in Teams again.',
  },
};

test('a valid Teams SSO token opens the trainee her own programme', async () => {
  const { status, body } = await viewWith(await token());
  expect(status).toBe(200);
  expect(programmeView.parse(body).viewerRole).toBe('trainee');
});

test('a v1 token for the Application ID URI, issued by sts.windows.net, is as good', async () => {
  const { status } = await viewWith(await token({ aud: APP_ID_URI, iss: `https://sts.windows.net/${TENANT}/`, ver: '1.0' }));
  expect(status).toBe(200);
});

test('the person is the token\'s object id: another person\'s programme stays hidden behind the same 404', async () => {
  const { status, body } = await api.get(apiPaths.programme(programmes.ahmad), undefined, { authorization: `Bearer ${await token()}` });
  expect(status).toBe(404);
  expect(body.error).toBe('programmeNotFound');
});

const refusals: [string, () => Promise<string | undefined>][] = [
  ['no token', async () => undefined],
  ['a token for another app (wrong audience)', () => token({ aud: 'api://someone-else/0000' })],
  ['a token from another issuer', () => token({ iss: 'https://evil.example/v2.0' })],
  ['an issuer of another tenant than the token names', () => token({ iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` })],
  ['a token of a tenant that is not allowed', () => token({ tid: OTHER_TENANT, iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` })],
  ['a token without the access_as_user scope', () => token({ scp: 'User.Read' })],
  ['an expired token', () => token({}, { expiresIn: Math.floor(Date.now() / 1000) - 3600 })],
  ['a token signed with another key', () => token({}, { key: strangerKey })],
  ['a token naming a key Entra does not publish', () => token({}, { key: strangerKey, kid: 'unknown-key' })],
  ['an unsigned token (alg none)', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ aud: CLIENT_ID, iss: `https://login.microsoftonline.com/${TENANT}/v2.0`, tid: TENANT, oid: people.traineeInDevelopment.id, scp: 'access_as_user', exp: now + 3600 })}.`;
  }],
  ['a token without an object id', () => token({ oid: undefined })],
];

test.each(refusals)('%s: 401, the same clear message, nothing shown', async (_name, make) => {
  const { status, body, text } = await viewWith(await make());
  expect(status).toBe(401);
  expect(body).toEqual(REFUSED);
  expect(text).not.toContain('Sofie');
});

test('the local person header is ignored in production: without a token it is refused like any other request', async () => {
  const { status, body } = await viewWith(undefined, { [LOCAL_PERSON_HEADER]: people.traineeInDevelopment.id });
  expect(status).toBe(401);
  expect(body).toEqual(REFUSED);
});

test('a refused token is logged with the reason for the operator', async () => {
  await viewWith(await token({ scp: 'User.Read' }));
  expect(api.server.logger.entries.some((e) => e.msg === 'Tab API: caller refused' && JSON.stringify(e.obj).includes('access_as_user'))).toBe(true);
});
