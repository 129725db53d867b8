/**
 * The gates between phases: what must hold before a programme may enter a phase (or close).
 * Read-only, so the bot and the tab can show "what's due" with the same rules the aggregate
 * enforces.
 */
import { effectiveAgreement } from './agreement';
import { RuleViolation } from './errors';
import { LocalizedText } from './localizedText';
import { message } from './messages';
import { ConversationKind, Phase, ProgrammeState } from './state';

/** A phase to enter, or closing the programme after the transition interview. */
export type GateTarget = Phase | 'closed';

export type GateCode =
  | 'hrConsultantNotAttached'
  | 'personalityTestNotTaken'
  | 'personalityFeedbackNotGiven'
  | 'startupPart1NotDocumented'
  | 'startupPart2NotDocumented'
  | 'agreementNotAccepted'
  | 'midwayNotDocumented'
  | 'transitionNotDocumented';

export interface GateItem {
  code: GateCode;
  text: LocalizedText;
}

export interface GateStatus {
  target: GateTarget;
  /** What is still missing; empty when the programme may move on. */
  missing: GateItem[];
  ready: boolean;
}

/** A phase change refused because its gate does not hold; `missing` lists everything still due. */
export class GateNotMet extends RuleViolation {
  constructor(readonly target: GateTarget, readonly missing: GateItem[]) {
    super(missing[0].code, missing[0].text);
  }
}

const NEXT: Readonly<Record<Phase, GateTarget>> = {
  nomination: 'startup',
  startup: 'development',
  development: 'completion',
  completion: 'closed',
};

export function nextTarget(phase: Phase): GateTarget {
  return NEXT[phase];
}

/** Does the personality-test gate apply? Only when the trainee has not done lederafklaringsforløb. */
export function personalityTestRequired(state: Pick<ProgrammeState, 'leaderClarificationCompleted'>): boolean {
  return !state.leaderClarificationCompleted;
}

/** Has the trainee had feedback on the test, or is none needed? Part 1 of the start-up interview waits for this. */
export function personalityGateHolds(state: ProgrammeState): boolean {
  return !personalityTestRequired(state) || state.personalityTest.feedbackGiven !== undefined;
}

export function isDocumented(state: ProgrammeState, kind: ConversationKind): boolean {
  return state.conversations.some((c) => c.kind === kind && c.status === 'documented');
}

function item(code: GateCode): GateItem {
  return { code, text: message(code) };
}

export function missingFor(state: ProgrammeState, target: GateTarget): GateItem[] {
  const missing: GateItem[] = [];
  switch (target) {
    case 'nomination':
      break;
    case 'startup':
      if (!state.hrConsultant) missing.push(item('hrConsultantNotAttached'));
      break;
    case 'development':
      if (personalityTestRequired(state)) {
        if (!state.personalityTest.taken) missing.push(item('personalityTestNotTaken'));
        if (!state.personalityTest.feedbackGiven) missing.push(item('personalityFeedbackNotGiven'));
      }
      if (!isDocumented(state, 'startupPart1')) missing.push(item('startupPart1NotDocumented'));
      if (!isDocumented(state, 'startupPart2')) missing.push(item('startupPart2NotDocumented'));
      if (!effectiveAgreement(state.agreements)) missing.push(item('agreementNotAccepted'));
      break;
    case 'completion':
      if (!isDocumented(state, 'midway')) missing.push(item('midwayNotDocumented'));
      break;
    case 'closed':
      if (!isDocumented(state, 'transition')) missing.push(item('transitionNotDocumented'));
      break;
  }
  return missing;
}

export function gateStatus(state: ProgrammeState, target: GateTarget): GateStatus {
  const missing = missingFor(state, target);
  return { target, missing, ready: missing.length === 0 };
}
