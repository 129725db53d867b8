/**
 * The Teams SSO token of the tab (Authorization: Bearer …), checked the way Entra ID documents it:
 * signed with one of Entra's published keys (JWKS), issued for the tab's own app registration
 * (audience: its client id or Application ID URI), by the token's own tenant (v1 or v2 issuer),
 * for an allowed tenant, with the scope `access_as_user`, not expired. The person is the token's
 * `oid` within its `tid`. Whatever is wrong, the caller learns only that the token was refused;
 * the reason goes to the log.
 */
import { createRemoteJWKSet, JWTPayload, jwtVerify } from 'jose';
import { ActingPerson } from '../../application/ports';

export interface SsoSettings {
  /** Accepted audiences: the tab app's client id and/or its Application ID URI. */
  audiences: readonly string[];
  /** Where Entra publishes its signing keys. */
  jwksUrl: string;
  /** Tenants (lower-case GUIDs) whose users may call. */
  allowedTenantIds: readonly string[];
}

/** The token was refused; `reason` is for the log only, never for the caller. */
export class TokenRefused extends Error {
  override readonly name = 'TokenRefused';
  constructor(readonly reason: string) {
    super(reason);
  }
}

export type TokenVerifier = (token: string) => Promise<ActingPerson>;

const SCOPE = 'access_as_user';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Clock skew between Entra and this server. */
const CLOCK_TOLERANCE_SECONDS = 120;

export function ssoTokenVerifier(settings: SsoSettings): TokenVerifier {
  // jose caches the keys and fetches again (at most every 30 s) when a token names an unknown key.
  const keys = createRemoteJWKSet(new URL(settings.jwksUrl), { timeoutDuration: 5_000 });
  const allowed = new Set(settings.allowedTenantIds.map((t) => t.toLowerCase()));
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        audience: [...settings.audiences],
        algorithms: ['RS256'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp', 'iss', 'aud'],
      }));
    } catch (error) {
      throw new TokenRefused(`signature, audience or lifetime: ${(error as Error).message}`);
    }
    const tenantId = typeof payload.tid === 'string' ? payload.tid.toLowerCase() : '';
    if (!GUID.test(tenantId)) throw new TokenRefused('no tenant (tid) in the token');
    const issuers = [`https://sts.windows.net/${tenantId}/`, `https://login.microsoftonline.com/${tenantId}/v2.0`];
    if (!issuers.includes(String(payload.iss))) throw new TokenRefused(`issuer ${String(payload.iss)} is not the token's tenant`);
    if (!allowed.has(tenantId)) throw new TokenRefused(`tenant ${tenantId} is not allowed`);
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes(SCOPE)) throw new TokenRefused(`scope ${SCOPE} missing`);
    const personId = typeof payload.oid === 'string' ? payload.oid.toLowerCase() : '';
    if (!personId) throw new TokenRefused('no object id (oid) in the token');
    return { tenantId, personId };
  };
}
