/**
 * Sends one change of the learning agreement with the version it was made on. Success hands back the
 * fresh programme view. A 409 (someone changed the programme meanwhile) also hands back the programme
 * as it is now — so the page shows the new state — and the conflict, so the form that sent it keeps the
 * user's input and shows who changed it. Nothing is retried behind the user's back.
 */
import { useState } from 'react';
import type { ConflictResponse, ProgrammeView } from '../../../../bot/src/api/contract';
import { ApiFailure } from '../../api/client';
import { asFailure, useSession } from '../../app/session';

export type ChangeOutcome = { ok: true } | { ok: false; conflict?: ConflictResponse; failure: ApiFailure };

export function useAgreementChange(view: ProgrammeView, onView: (view: ProgrammeView) => void) {
  const { api } = useSession();
  const [busy, setBusy] = useState(false);
  const send = async (method: 'POST' | 'PUT' | 'DELETE', path: string, body: Record<string, unknown> = {}): Promise<ChangeOutcome> => {
    setBusy(true);
    try {
      const fresh =
        method === 'DELETE'
          ? await api.send<ProgrammeView>('DELETE', `${path}?expectedVersion=${view.version}`)
          : await api.send<ProgrammeView>(method, path, { ...body, expectedVersion: view.version });
      onView(fresh);
      return { ok: true };
    } catch (error) {
      const failure = asFailure(error);
      const conflict = failure.conflict;
      if (conflict) onView(conflict.current);
      return { ok: false, conflict, failure };
    } finally {
      setBusy(false);
    }
  };
  return { send, busy };
}
