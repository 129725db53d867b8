/** What every view needs: the API client for the current person, who they are, and the host. */
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { MeResponse } from '../../../bot/src/api/contract';
import { ApiFailure, type ApiClient } from '../api/client';
import type { Host } from '../host/teamsHost';

export interface Session {
  api: ApiClient;
  me: MeResponse;
  host: Host;
}

export const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a session');
  return session;
}

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'failed'; failure: ApiFailure }
  | { state: 'ready'; data: T };

/** Loads `path` with the session's identity; `reload` loads again, `replace` sets a fresher answer (after a change). */
export function useLoad<T>(path: string | undefined): { loaded: Loaded<T>; reload: () => void; replace: (data: T) => void } {
  const { api } = useSession();
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!path) return;
    let current = true;
    setLoaded((previous) => (previous.state === 'ready' ? previous : { state: 'loading' }));
    api.get<T>(path).then(
      (data) => current && setLoaded({ state: 'ready', data }),
      (error: unknown) => current && setLoaded({ state: 'failed', failure: asFailure(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, path, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  const replace = useCallback((data: T) => setLoaded({ state: 'ready', data }), []);
  return { loaded, reload, replace };
}

export function asFailure(error: unknown): ApiFailure {
  if (error instanceof ApiFailure) return error;
  return new ApiFailure(0, {
    error: 'unexpected',
    message: { da: 'Noget gik galt. Prøv igen.', en: 'Something went wrong. Please try again.' },
  });
}
