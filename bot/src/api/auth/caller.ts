/**
 * Who calls the tab API. Production: the person of a valid Teams SSO token, nothing else. Local
 * mode (loopback, no Entra): the demo person the tab's persona switcher names in a header — a
 * header production never reads.
 */
import type { Request } from 'restify';
import { ActingPerson } from '../../application/ports';
import { LOCAL_PERSON_HEADER } from '../contract/routes';
import { TokenRefused, TokenVerifier } from './ssoToken';

export type CallerIdentity = { kind: 'sso'; verify: TokenVerifier } | { kind: 'local' };

/** No acceptable identity: 401. `code` tells the tab whether to sign in again or pick a persona. */
export class Unauthenticated extends Error {
  override readonly name = 'Unauthenticated';
  constructor(
    readonly code: 'unauthenticated' | 'localPersonMissing',
    readonly reason: string,
  ) {
    super(reason);
  }
}

const BEARER = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)\s*$/;
const LOCAL_PERSON = /^[A-Za-z0-9-]{1,100}$/;

export async function callerOf(req: Request, identity: CallerIdentity): Promise<ActingPerson> {
  if (identity.kind === 'local') {
    const header = req.headers[LOCAL_PERSON_HEADER.toLowerCase()];
    const personId = typeof header === 'string' ? header.trim().toLowerCase() : '';
    if (!LOCAL_PERSON.test(personId)) throw new Unauthenticated('localPersonMissing', `no ${LOCAL_PERSON_HEADER} header`);
    return { tenantId: '', personId };
  }
  const match = BEARER.exec(req.headers.authorization ?? '');
  if (!match) throw new Unauthenticated('unauthenticated', 'no bearer token');
  try {
    return await identity.verify(match[1]);
  } catch (error) {
    if (error instanceof TokenRefused) throw new Unauthenticated('unauthenticated', error.reason);
    throw error;
  }
}
