/**
 * The tab's view of one programme (Mit forløb, and a leader's or HR's view of a trainee): one
 * partition query for the programme, the caller checked with the domain's access rule, and a
 * view model built from the domain alone. A programme the caller may not see is refused exactly
 * like one that does not exist.
 */
import { Actor } from '../../domain/access';
import { agreementPeriodEnd, effectiveAgreement, latestAgreement } from '../../domain/agreement';
import { calendarDate } from '../../domain/calendar';
import { LocalizedText } from '../../domain/localizedText';
import { AGREEMENT_STATUS_LABELS, BLOCK_KIND_LABELS, BLOCK_STATUS_LABELS, CONVERSATION_KIND_LABELS, CONVERSATION_STATUS_LABELS, PHASE_LABELS, PRACTICE_FORM_LABELS, PRACTICE_REACH_LABELS, PRACTICE_TYPE_LABELS } from '../../domain/labels';
import { PersonId } from '../../domain/people';
import { PHASE_AIDS, PHASE_EFFECTS } from '../../domain/phaseGuide';
import { Programme } from '../../domain/programme';
import { agendaFor } from '../../domain/agenda';
import { AgreementState, BuildingBlockState, ConversationState, PHASES, Phase, ProgrammeState, Stamp } from '../../domain/state';
import { actorFacts } from '../actorFacts';
import { agreementViewOf } from '../agreement/agreementView';
import { programmeNotFound } from './notFound';
import { answersOf, AnswerView, readinessLabel } from './recordAnswers';
import { ViewDeps, workingCalendarOf } from './viewDeps';
import { OverdueView, PersonView, ProgrammeStandingView, StampView } from './viewTypes';
import { overdueOf } from './overdue';

export type ViewerRole = 'trainee' | 'leader' | 'hrConsultant' | 'departmentHr' | 'programmeAdmin';

export interface TimelinePhaseView {
  phase: Phase;
  label: LocalizedText;
  status: 'done' | 'current' | 'upcoming';
  enteredAt?: string;
  effects: LocalizedText[];
  /** The phase's aids, as configured links titled by the edge (AidResolver). */
  aids: AidLinkView[];
}

export interface BlockView {
  id: string;
  kind: BuildingBlockState['kind'];
  kindLabel: LocalizedText;
  title: string;
  description: string;
  goalIds: string[];
  period: { from?: string; to?: string };
  practice?: {
    type?: 'task' | 'process' | 'project';
    typeLabel?: LocalizedText;
    form: NonNullable<BuildingBlockState['practice']>['form'];
    otherForm?: string;
    formLabel: LocalizedText;
    reach: 'local' | 'crossCutting';
    reachLabel: LocalizedText;
    scope: string;
    complexity: 1 | 2 | 3;
  };
  status: BuildingBlockState['status'];
  statusLabel: LocalizedText;
}

export interface AgreementVersionView {
  version: number;
  status: AgreementState['status'];
  statusLabel: LocalizedText;
  created: StampView;
  revisionReason: string;
  periodStart: string;
  periodEnd: string;
  periodMonths: number;
  followUpCadenceWeeks: number;
  goals: { id: string; text: string; evidence: string }[];
  blocks: BlockView[];
  approvedByTrainee?: StampView;
  approvedByLeader?: StampView;
  acknowledgedByHr?: StampView;
  complexityWarnings: { blockId: string; earlierBlockId: string; text: LocalizedText }[];
}

export interface ConversationView {
  id: string;
  kind: ConversationState['kind'];
  label: LocalizedText;
  status: ConversationState['status'];
  statusLabel: LocalizedText;
  scheduledAt: string;
  durationMinutes: number;
  participants: PersonView[];
  calendarUrl?: string;
  joinUrl?: string;
  held?: StampView;
  documented?: StampView;
  cancelled?: StampView & { reason: string };
  answers: AnswerView[];
}

export interface FollowUpView {
  id: string;
  recorded: StampView;
  conversationId?: string;
  blocksDiscussed: string[];
  learned: string;
  experiences: string;
  leaderFeedback: string;
  nextActions: string;
  nextComplexityStep: string;
}

export interface ProgrammeViewModel extends ProgrammeStandingView {
  id: string;
  version: number;
  viewerRole: ViewerRole;
  outcome?: { readiness: 'inLeaderJob' | 'leaderReady' | 'notYet'; label: LocalizedText; closedAt: string };
  timeline: TimelinePhaseView[];
  progress: {
    blocksDone: number;
    blocksTotal: number;
    periodStart?: string;
    periodEnd?: string;
    periodMonths?: number;
    elapsedPercent?: number;
  };
  dueBeforeNextPhase: { code: string; text: LocalizedText }[];
  personalityTest: { required: boolean; taken?: StampView; feedbackGiven?: StampView };
  agreements: AgreementVersionView[];
  agreementInForce?: number;
  draftVersion?: number;
  conversations: { upcoming: ConversationView[]; held: ConversationView[]; cancelled: ConversationView[] };
  followUps: FollowUpView[];
  overdue: OverdueView[];
  waitingForYou: { code: string; text: LocalizedText }[];
  can: { editAgreement: boolean; approveAgreement: boolean; acknowledgeAgreement: boolean; reviseAgreement: boolean; setBlockStatus: boolean };
}

/** The configured aid links, given by the edge (configuration) and resolved to titled links there. */
export interface AidLinkView {
  title: LocalizedText;
  text: LocalizedText;
  url: string;
}

export type AidResolver = (keys: readonly string[]) => AidLinkView[];

export interface ProgrammeViewRequest {
  actorId: PersonId;
  programmeId: string;
}

/** How long after its end an upcoming conversation's calendar link still works. */
const CALENDAR_LINK_DAYS_AFTER_END = 30;

export async function programmeView(deps: ViewDeps, request: ProgrammeViewRequest, aids: AidResolver): Promise<ProgrammeViewModel> {
  const [actor, loaded] = await Promise.all([
    actorFacts(deps.people, request.actorId),
    deps.programmes.load(request.programmeId).catch((error: unknown) => {
      throw isNotFound(error) ? programmeNotFound() : error;
    }),
  ]);
  // Not allowed answers exactly like not there: nobody learns which programmes exist.
  if (!loaded.programme.canView(actor)) throw programmeNotFound();
  const department = await deps.departments.get(loaded.programme.departmentId).catch(() => undefined);
  return programmeViewOf(deps, loaded.programme, loaded.version, actor, department?.name ?? loaded.programme.departmentId, aids);
}

export function programmeViewOf(
  deps: ViewDeps,
  programme: Programme,
  version: number,
  actor: Actor,
  departmentName: string,
  aids: AidResolver,
): ProgrammeViewModel {
  const now = deps.clock.now();
  const state = programme.toState();
  const names = new Map<string, string>(programme.participants().map((p) => [p.person.id, p.person.name]));
  const stamp = (s: Stamp): StampView => ({ at: s.at, by: { id: s.by, name: names.get(s.by) ?? '' } });
  const optionalStamp = <K extends string>(key: K, s: Stamp | undefined): Partial<Record<K, StampView>> =>
    s ? ({ [key]: stamp(s) } as Record<K, StampView>) : {};
  const viewerRole = viewerRoleOf(programme, actor);
  const showHrNotes = viewerRole !== 'trainee' && viewerRole !== 'leader';
  const inForce = effectiveAgreement(state.agreements);
  const latest = latestAgreement(state.agreements);
  const current = inForce ?? latest;
  const goals = state.agreements.flatMap((a) => a.goals);
  const blockTitles = new Map(state.agreements.flatMap((a) => a.blocks.map((b) => [b.id, b.title] as const)));
  const may = agreementViewOf(programme, version, actor).may;

  const conversation = (c: ConversationState): ConversationView => {
    const end = new Date(Date.parse(c.scheduledAt) + c.durationMinutes * 60_000);
    const upcoming = c.status === 'booked' && end.getTime() > now.getTime();
    const calendarUrl = upcoming
      ? deps.scheduler.calendarLink(
          { programmeId: programme.id, conversationId: c.id },
          new Date(end.getTime() + CALENDAR_LINK_DAYS_AFTER_END * 24 * 60 * 60_000),
        )
      : undefined;
    return {
      id: c.id,
      kind: c.kind,
      label: CONVERSATION_KIND_LABELS[c.kind],
      status: c.status,
      statusLabel: CONVERSATION_STATUS_LABELS[c.status],
      scheduledAt: c.scheduledAt,
      durationMinutes: c.durationMinutes,
      participants: c.participants.map((id) => ({ id, name: names.get(id) ?? '' })),
      ...(calendarUrl ? { calendarUrl } : {}),
      // The Teams meeting the Graph scheduler made, while the conversation is still to come.
      ...(upcoming && c.joinUrl ? { joinUrl: c.joinUrl } : {}),
      ...optionalStamp('held', c.held),
      ...optionalStamp('documented', c.documented),
      ...(c.cancelled ? { cancelled: { ...stamp(c.cancelled), reason: c.cancelled.reason } } : {}),
      answers: c.status === 'documented' ? answersOf(c.record, goals, showHrNotes) : [],
    };
  };
  const byTime = (a: ConversationState, b: ConversationState) => a.scheduledAt.localeCompare(b.scheduledAt);
  const isUpcoming = (c: ConversationState) => c.status === 'booked';

  const counted = current?.blocks.filter((b) => b.status !== 'dropped') ?? [];
  const periodEnd = current ? agreementPeriodEnd(current) : undefined;

  return {
    id: programme.id,
    version,
    viewerRole,
    trainee: person(programme.trainee),
    leader: person(programme.leader),
    ...(programme.hrConsultant ? { hrConsultant: person(programme.hrConsultant) } : {}),
    department: { id: programme.departmentId, name: departmentName },
    phase: programme.phase,
    phaseLabel: PHASE_LABELS[programme.phase],
    closed: programme.isClosed,
    declined: programme.declined() !== undefined,
    ...(state.outcome
      ? { outcome: { readiness: state.outcome.readiness, label: readinessLabel(state.outcome.readiness), closedAt: state.outcome.closedAt } }
      : {}),
    timeline: timelineOf(state, aids),
    progress: {
      blocksDone: counted.filter((b) => b.status === 'done').length,
      blocksTotal: counted.length,
      ...(current && periodEnd
        ? {
            periodStart: current.periodStart,
            periodEnd,
            periodMonths: current.periodMonths,
            elapsedPercent: elapsedPercent(current.periodStart, periodEnd, calendarDate(now)),
          }
        : {}),
    },
    dueBeforeNextPhase: programme.isClosed ? [] : (programme.nextPhaseGate()?.missing ?? []).map((m) => ({ code: m.code, text: m.text })),
    personalityTest: {
      required: programme.personalityTest().required,
      ...optionalStamp('taken', state.personalityTest.taken),
      ...optionalStamp('feedbackGiven', state.personalityTest.feedbackGiven),
    },
    agreements: [...state.agreements]
      .sort((a, b) => b.version - a.version)
      .map((a) => agreementVersionOf(programme, a, stamp, optionalStamp)),
    ...(inForce ? { agreementInForce: inForce.version } : {}),
    ...(latest?.status === 'draft' ? { draftVersion: latest.version } : {}),
    conversations: {
      upcoming: state.conversations.filter(isUpcoming).sort(byTime).map(conversation),
      held: state.conversations
        .filter((c) => c.status === 'held' || c.status === 'documented')
        .sort((a, b) => byTime(b, a))
        .map(conversation),
      cancelled: state.conversations.filter((c) => c.status === 'cancelled').sort((a, b) => byTime(b, a)).map(conversation),
    },
    followUps: [...state.followUps]
      .sort((a, b) => b.recorded.at.localeCompare(a.recorded.at))
      .map((f) => ({
        id: f.id,
        recorded: stamp(f.recorded),
        ...(f.conversationId ? { conversationId: f.conversationId } : {}),
        blocksDiscussed: f.blocksDiscussed.map((id) => blockTitles.get(id) ?? id),
        learned: f.learned,
        experiences: f.experiences,
        leaderFeedback: f.leaderFeedback,
        nextActions: f.nextActions,
        nextComplexityStep: f.nextComplexityStep,
      })),
    overdue: overdueOf(state, now, workingCalendarOf(deps)),
    waitingForYou: agendaFor(state, actor.id, now).map((item) => ({ code: item.code, text: item.text })),
    can: {
      editAgreement: may.edit,
      approveAgreement: may.approve,
      acknowledgeAgreement: may.acknowledge,
      reviseAgreement: may.revise,
      setBlockStatus: may.setStatus,
    },
  };
}

export function viewerRoleOf(programme: Programme, actor: Actor): ViewerRole {
  const role = programme.roleOf(actor.id);
  if (role) return role;
  if (actor.hrDepartmentIds.includes(programme.departmentId)) return 'departmentHr';
  return 'programmeAdmin';
}

function agreementVersionOf(
  programme: Programme,
  a: AgreementState,
  stamp: (s: Stamp) => StampView,
  optionalStamp: <K extends string>(key: K, s: Stamp | undefined) => Partial<Record<K, StampView>>,
): AgreementVersionView {
  return {
    version: a.version,
    status: a.status,
    statusLabel: AGREEMENT_STATUS_LABELS[a.status],
    created: stamp(a.created),
    revisionReason: a.revisionReason,
    periodStart: a.periodStart,
    periodEnd: agreementPeriodEnd(a),
    periodMonths: a.periodMonths,
    followUpCadenceWeeks: a.followUpCadenceWeeks,
    goals: a.goals.map((g) => ({ id: g.id, text: g.text, evidence: g.evidence })),
    blocks: a.blocks.map(blockView),
    ...optionalStamp('approvedByTrainee', a.acceptedByTrainee),
    ...optionalStamp('approvedByLeader', a.acceptedByLeader),
    ...optionalStamp('acknowledgedByHr', a.acknowledgedByHr),
    complexityWarnings: programme
      .complexityWarnings(a.version)
      .map((w) => ({ blockId: w.blockId, earlierBlockId: w.earlierBlockId, text: w.text })),
  };
}

function blockView(b: BuildingBlockState): BlockView {
  const p = b.practice;
  return {
    id: b.id,
    kind: b.kind,
    kindLabel: BLOCK_KIND_LABELS[b.kind],
    title: b.title,
    description: b.description,
    goalIds: [...b.goalIds],
    period: { ...b.period },
    ...(p
      ? {
          practice: {
            ...(p.type ? { type: p.type, typeLabel: PRACTICE_TYPE_LABELS[p.type] } : {}),
            form: p.form,
            ...(p.otherForm ? { otherForm: p.otherForm } : {}),
            formLabel: p.form === 'other' && p.otherForm ? { da: p.otherForm, en: p.otherForm } : PRACTICE_FORM_LABELS[p.form],
            reach: p.reach,
            reachLabel: PRACTICE_REACH_LABELS[p.reach],
            scope: p.scope,
            complexity: p.complexity,
          },
        }
      : {}),
    status: b.status,
    statusLabel: BLOCK_STATUS_LABELS[b.status],
  };
}

function timelineOf(state: ProgrammeState, aids: AidResolver): TimelinePhaseView[] {
  const currentIndex = PHASES.indexOf(state.phase);
  const closed = state.outcome !== undefined;
  return PHASES.map((phase, index) => {
    const entered = [...state.phaseHistory].reverse().find((h) => h.phase === phase);
    const status = index < currentIndex || (closed && index === currentIndex) ? 'done' : index === currentIndex ? 'current' : 'upcoming';
    return {
      phase,
      label: PHASE_LABELS[phase],
      status,
      ...(entered && index <= currentIndex ? { enteredAt: entered.enteredAt } : {}),
      effects: [...PHASE_EFFECTS[phase]],
      aids: aids(PHASE_AIDS[phase]),
    };
  });
}

/** Share of the period passed, by calendar days, 0–100. */
function elapsedPercent(start: string, end: string, today: string): number {
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
  const total = day(end) - day(start) + 1;
  const passed = day(today) - day(start);
  return Math.round(Math.min(100, Math.max(0, (passed / total) * 100)));
}

function person(p: { id: string; name: string }): PersonView {
  return { id: p.id, name: p.name };
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { category?: string }).category === 'notFound';
}
