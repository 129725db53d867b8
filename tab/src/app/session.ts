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

/**
 * An answer asked for before the view that needs it is on screen — Oversigt's rows together with /me
 * (see Shell) — so the view takes it instead of asking again. Kept a few seconds only: a view opened
 * later asks afresh.
 */
interface EarlyAnswer {
  at: number;
  promise: Promise<unknown>;
  settled?: Loaded<unknown>;
}

const EARLY_ANSWER_KEPT_MS = 10_000;
const earlyAnswers = new WeakMap<ApiClient, Map<string, EarlyAnswer>>();

/** Asks for `path` now, for the view about to be shown; a second call for the same path asks nothing. */
export function loadEarly(api: ApiClient, path: string): void {
  let byPath = earlyAnswers.get(api);
  if (!byPath) earlyAnswers.set(api, (byPath = new Map()));
  const existing = byPath.get(path);
  if (existing && Date.now() - existing.at < EARLY_ANSWER_KEPT_MS) return;
  const answer: EarlyAnswer = { at: Date.now(), promise: api.get(path) };
  answer.promise.then(
    (data) => (answer.settled = { state: 'ready', data }),
    (error: unknown) => (answer.settled = { state: 'failed', failure: asFailure(error) }),
  );
  byPath.set(path, answer);
}

function earlyAnswer(api: ApiClient, path: string | undefined): EarlyAnswer | undefined {
  const answer = path === undefined ? undefined : earlyAnswers.get(api)?.get(path);
  return answer && Date.now() - answer.at < EARLY_ANSWER_KEPT_MS ? answer : undefined;
}

/** Loads `path` with the session's identity (an early answer when there is one); `reload` loads again, `replace` sets a fresher answer (after a change). */
export function useLoad<T>(path: string | undefined): { loaded: Loaded<T>; reload: () => void; replace: (data: T) => void } {
  const { api } = useSession();
  // An early answer already here is shown in the first render, without a spinner in between.
  const [loaded, setLoaded] = useState<Loaded<T>>(() => (earlyAnswer(api, path)?.settled as Loaded<T> | undefined) ?? { state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!path) return;
    let current = true;
    const early = round === 0 ? earlyAnswer(api, path) : undefined;
    // Taken once: a later load of the same path (a reload, a filter back) asks the server again.
    if (early) earlyAnswers.get(api)?.delete(path);
    if (early?.settled) {
      setLoaded(early.settled as Loaded<T>);
      return;
    }
    setLoaded((previous) => (previous.state === 'ready' ? previous : { state: 'loading' }));
    (early ? (early.promise as Promise<T>) : api.get<T>(path)).then(
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
