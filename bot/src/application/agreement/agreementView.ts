/**
 * The learning agreement as one person sees it: the version shown, the version the programme is at
 * (sent back with the next change), and what this person may do now. Built from the domain only;
 * the card and the tab render it, neither decides a rule.
 */
import { Actor } from '../../domain/access';
import { agreementPeriodEnd } from '../../domain/agreement';
import { LocalizedText } from '../../domain/localizedText';
import { PersonId, ProgrammeRole } from '../../domain/people';
import { Programme } from '../../domain/programme';
import { AgreementState, AgreementStatus, BuildingBlockState, LearningGoalState, Phase, Stamp } from '../../domain/state';

export interface SignedView {
  at: string;
  name: string;
}

export interface AgreementVersionView {
  version: number;
  status: AgreementStatus;
  revisionReason: string;
  periodStart: string;
  periodMonths: number;
  /** Last day of the period (inclusive). */
  periodEnd: string;
  followUpCadenceWeeks: number;
  goals: LearningGoalState[];
  blocks: BuildingBlockState[];
  approvedByTrainee?: SignedView;
  approvedByLeader?: SignedView;
  acknowledgedByHr?: SignedView;
  /** The HR consultant's remark, with who wrote it and when. */
  hrComment?: SignedView & { text: string };
}

export interface AgreementPermissions {
  /** Change terms, goals and building blocks of the draft. */
  edit: boolean;
  /** Godkende the draft for themselves (trainee or leader who has not yet). */
  approve: boolean;
  /** HR acknowledges the version in force. */
  acknowledge: boolean;
  /** Open a new version of the approved agreement. */
  revise: boolean;
  /** Write the HR consultant's remark (HR only). */
  comment: boolean;
  /** Report progress on a building block of the version in force. */
  setStatus: boolean;
}

export interface AgreementView {
  programmeId: string;
  /** The programme's stored version: send it back as `expectedVersion` with the next change. */
  version: number;
  /** 'observer': a programme admin or the department's HR consultant who is not on the programme. */
  role: ProgrammeRole | 'observer';
  traineeName: string;
  leaderName: string;
  hrName?: string;
  phase: Phase;
  closed: boolean;
  /** The programme's three people, for cards that refresh for each of them. */
  participantIds: PersonId[];
  /** The version shown: the newest (draft or approved), or the one asked for. Absent before start-up part 2 drafts it. */
  shown?: AgreementVersionView;
  /** The approved version in force, when a newer draft is being revised. */
  inForceVersion?: number;
  versions: { version: number; status: AgreementStatus }[];
  may: AgreementPermissions;
  complexityWarnings: LocalizedText[];
}

const EDIT_PHASES: readonly Phase[] = ['startup', 'development'];
const STATUS_PHASES: readonly Phase[] = ['development', 'completion'];
const ACKNOWLEDGE_PHASES: readonly Phase[] = ['startup', 'development', 'completion'];

export function agreementViewOf(programme: Programme, version: number, actor: Actor, agreementVersion?: number): AgreementView {
  const role = programme.roleOf(actor.id);
  const names = new Map(programme.participants().map((p) => [p.person.id, p.person.name]));
  const nameOf = (stamp: Stamp | undefined): SignedView | undefined =>
    stamp && { at: stamp.at, name: names.get(stamp.by) ?? '' };
  const latest = programme.currentAgreement();
  const effective = programme.effectiveAgreement();
  const draft = programme.draftAgreement();
  const shownState = agreementVersion === undefined ? latest : programme.agreement(agreementVersion);
  const open = !programme.isClosed;
  const sideApproved = (a: AgreementState) => (role === 'trainee' ? a.acceptedByTrainee : role === 'leader' ? a.acceptedByLeader : undefined);
  const partyCanWork = open && (role === 'trainee' || role === 'leader');

  return {
    programmeId: programme.id,
    version,
    role: role ?? 'observer',
    traineeName: programme.trainee.name,
    leaderName: programme.leader.name,
    ...(programme.hrConsultant ? { hrName: programme.hrConsultant.name } : {}),
    phase: programme.phase,
    closed: programme.isClosed,
    participantIds: programme.participants().map((p) => p.person.id),
    ...(shownState
      ? {
          shown: {
            version: shownState.version,
            status: shownState.status,
            revisionReason: shownState.revisionReason,
            periodStart: shownState.periodStart,
            periodMonths: shownState.periodMonths,
            periodEnd: agreementPeriodEnd(shownState),
            followUpCadenceWeeks: shownState.followUpCadenceWeeks,
            goals: shownState.goals,
            blocks: shownState.blocks,
            ...optional('approvedByTrainee', nameOf(shownState.acceptedByTrainee)),
            ...optional('approvedByLeader', nameOf(shownState.acceptedByLeader)),
            ...optional('acknowledgedByHr', nameOf(shownState.acknowledgedByHr)),
            ...(shownState.hrComment ? { hrComment: { ...(nameOf(shownState.hrComment) as SignedView), text: shownState.hrComment.text } } : {}),
          },
        }
      : {}),
    ...(draft && effective ? { inForceVersion: effective.version } : {}),
    versions: programme.agreements().map((a) => ({ version: a.version, status: a.status })),
    may: {
      edit: partyCanWork && EDIT_PHASES.includes(programme.phase) && draft !== undefined,
      approve:
        partyCanWork && EDIT_PHASES.includes(programme.phase) && draft !== undefined && draft.goals.length > 0 && !sideApproved(draft),
      acknowledge:
        open && role === 'hrConsultant' && ACKNOWLEDGE_PHASES.includes(programme.phase) && effective !== undefined && !effective.acknowledgedByHr,
      revise: open && role !== undefined && EDIT_PHASES.includes(programme.phase) && draft === undefined && effective !== undefined,
      setStatus: partyCanWork && STATUS_PHASES.includes(programme.phase) && effective !== undefined,
      comment: open && role === 'hrConsultant' && ACKNOWLEDGE_PHASES.includes(programme.phase) && latest !== undefined && agreementVersion === undefined,
    },
    complexityWarnings: shownState ? programme.complexityWarnings(shownState.version).map((w) => w.text) : [],
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
