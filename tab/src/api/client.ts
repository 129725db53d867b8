/**
 * The tab's one way to the server: fetch against /api/v1 with the caller's identity on every request —
 * in Teams the SSO token (auth/ssoToken.ts), in the local preview the demo person chosen in the persona
 * switcher (a header the server honours in local mode only). Answers are the contract's view models;
 * refusals become an ApiFailure carrying the contract's error body, so views can show its Danish or
 * English message, and a 409 carries who changed the programme and the programme as it is now.
 */
import type { ApiError, ConflictResponse } from '../../../bot/src/api/contract';
import { LOCAL_PERSON_HEADER } from '../../../bot/src/api/contract/routes';
import { getSsoToken } from '../auth/ssoToken';

export type Identity = { kind: 'teams' } | { kind: 'local'; personId: string } | { kind: 'anonymous' };

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError,
  ) {
    super(body.message.en);
  }

  /** A 409 that carries the programme as it is now (the contract's conflictResponse), else undefined. */
  get conflict(): ConflictResponse | undefined {
    const body = this.body as Partial<ConflictResponse>;
    return this.status === 409 && typeof body.currentVersion === 'number' && typeof body.current === 'object' ? (body as ConflictResponse) : undefined;
  }
}

const UNREACHABLE: ApiError = {
  error: 'unreachable',
  message: { da: 'Serveren kunne ikke nås. Prøv igen om lidt.', en: 'The server could not be reached. Please try again shortly.' },
};

export interface ApiClient {
  get<T>(path: string): Promise<T>;
  send<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T>;
  /** A file answer (the cohort as CSV), as a blob to save. */
  download(path: string): Promise<Blob>;
}

export function createApiClient(identity: Identity): ApiClient {
  const headers = async (): Promise<Record<string, string>> => {
    if (identity.kind === 'teams') return { Authorization: `Bearer ${await getSsoToken()}` };
    if (identity.kind === 'local') return { [LOCAL_PERSON_HEADER]: identity.personId };
    return {};
  };
  const call = async (method: string, path: string, body?: unknown): Promise<Response> => {
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(await headers()) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiFailure(0, UNREACHABLE);
    }
    if (!response.ok) throw new ApiFailure(response.status, await errorBody(response));
    return response;
  };
  return {
    get: async <T>(path: string) => (await (await call('GET', path)).json()) as T,
    send: async <T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) => (await (await call(method, path, body)).json()) as T,
    download: async (path: string) => (await call('GET', path)).blob(),
  };
}

async function errorBody(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as Partial<ApiError>;
    if (typeof body.error === 'string' && body.message && typeof body.message.da === 'string') return body as ApiError;
  } catch {
    // not JSON: fall through
  }
  return {
    error: `http${response.status}`,
    message: { da: `Serveren svarede ${response.status}.`, en: `The server answered ${response.status}.` },
  };
}
