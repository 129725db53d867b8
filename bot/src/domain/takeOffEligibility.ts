/**
 * Who take-off is for: trainees whose programme is in completion, and — since the seed places
 * take-off at the end of the programme, not at a phase change — trainees in the development part
 * whose agreed period ends soon (by a date the caller gives: today plus the configured weeks).
 */
import { agreementPeriodEnd, effectiveAgreement } from './agreement';
import { ProgrammeState } from './state';

/** The last day of the agreed period (YYYY-MM-DD), from the agreement in force; undefined before one is approved. */
export function programmePeriodEnd(state: Pick<ProgrammeState, 'agreements'>): string | undefined {
  const agreement = effectiveAgreement(state.agreements);
  return agreement ? agreementPeriodEnd(agreement) : undefined;
}

/**
 * Whether take-off is open to the programme's trainee: in completion, or in the development part
 * with the period ending on or before `periodEndingBy` (YYYY-MM-DD; absent: completion only).
 */
export function takeOffOpenTo(state: Pick<ProgrammeState, 'phase' | 'agreements'>, periodEndingBy?: string): boolean {
  if (state.phase === 'completion') return true;
  if (state.phase !== 'development' || periodEndingBy === undefined) return false;
  const end = programmePeriodEnd(state);
  return end !== undefined && end <= periodEndingBy;
}
