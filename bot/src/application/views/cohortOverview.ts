/**
 * Oversigt: the cohort as a table. An HR consultant sees the programmes of the departments they
 * serve, a programme admin every programme; anyone else is told the page does not exist. Read
 * from the cohort summaries (one query per department, or one for all), never programme by
 * programme. Filters and sorting are applied here, so the CSV export and the table agree.
 */
import { isClosed } from '../../domain/programme';
import { effectiveAgreement, draftAgreement, agreementPeriodEnd } from '../../domain/agreement';
import { LocalizedText } from '../../domain/localizedText';
import { AGREEMENT_STANDING_LABELS, PERSONALITY_TEST_STANDING_LABELS, PHASE_LABELS } from '../../domain/labels';
import { PersonId } from '../../domain/people';
import { agreementStanding, personalityTestStanding } from '../../domain/programmeStanding';
import { AgreementStanding, PersonalityTestStanding, PHASES, Phase, ProgrammeState } from '../../domain/state';
import { actorFacts } from '../actorFacts';
import { viewNotFound } from './notFound';
import { dueAt, nextConversationOf, OverdueCandidateCache } from './overdue';
import { summariesOf, ViewDeps, workingCalendarOf } from './viewDeps';
import { NextConversationView, OverdueView, ProgrammeStandingView } from './viewTypes';

export type OverviewSort = 'trainee' | 'leader' | 'department' | 'phase' | 'periodStart' | 'nextConversation' | 'overdue';

export interface OverviewFilters {
  department?: string;
  phase?: Phase;
  overdue?: boolean;
  includeClosed?: boolean;
  q?: string;
  sort?: OverviewSort;
  order?: 'asc' | 'desc';
}

export interface OverviewRowView extends ProgrammeStandingView {
  programmeId: string;
  period: { start?: string; end?: string; months?: number };
  personalityTest: PersonalityTestStanding;
  personalityTestLabel: LocalizedText;
  agreement: AgreementStanding;
  agreementLabel: LocalizedText;
  agreementVersion?: number;
  nextConversation?: NextConversationView;
  overdue: OverdueView[];
}

export interface OverviewView {
  scope: 'department' | 'all';
  departments: { id: string; name: string }[];
  phaseCounts: Record<Phase, number>;
  rows: OverviewRowView[];
  asOf: string;
}

export async function cohortOverview(deps: ViewDeps, actorId: PersonId, filters: OverviewFilters, cache: OverdueCandidateCache): Promise<OverviewView> {
  const actor = await actorFacts(deps.people, actorId);
  if (!actor.isProgrammeAdmin && actor.hrDepartmentIds.length === 0) throw viewNotFound();
  const scope = actor.isProgrammeAdmin ? 'all' : 'department';
  // An HR consultant asking for another department's cohort is told it does not exist.
  if (filters.department && scope === 'department' && !actor.hrDepartmentIds.includes(filters.department)) throw viewNotFound();
  const departmentIds = filters.department ? [filters.department] : actor.hrDepartmentIds;
  const [summaries, departments] = await Promise.all([
    summariesOf(deps).listSummaries(scope === 'all' && !filters.department ? 'all' : { departmentIds }),
    deps.departments.list(),
  ]);
  const names = new Map(departments.map((d) => [d.id, d.name]));
  const now = deps.clock.now();
  const calendar = workingCalendarOf(deps);
  const q = filters.q?.trim().toLocaleLowerCase('da');

  const rows = summaries
    .map(({ state, revision }) => rowOf(state, names.get(state.departmentId) ?? state.departmentId, now, dueAt(cache.candidatesOf(state, revision, calendar), now)))
    .filter((row) => filters.includeClosed || !row.closed)
    .filter((row) => filters.overdue === undefined || (row.overdue.length > 0) === filters.overdue)
    .filter((row) => !q || [row.trainee.name, row.leader.name, row.hrConsultant?.name ?? ''].some((n) => n.toLocaleLowerCase('da').includes(q)));
  const phaseCounts = Object.fromEntries(PHASES.map((p) => [p, rows.filter((r) => r.phase === p).length])) as Record<Phase, number>;
  const shown = rows.filter((row) => !filters.phase || row.phase === filters.phase);
  shown.sort(comparator(filters.sort ?? 'trainee', filters.order ?? 'asc'));

  return {
    scope,
    departments: departments
      .filter((d) => scope === 'all' || actor.hrDepartmentIds.includes(d.id))
      .map((d) => ({ id: d.id, name: d.name })),
    phaseCounts,
    rows: shown,
    asOf: now.toISOString(),
  };
}

function rowOf(state: ProgrammeState, departmentName: string, now: Date, overdue: OverdueView[]): OverviewRowView {
  const inForce = effectiveAgreement(state.agreements);
  const draft = draftAgreement(state.agreements);
  const periodOf = inForce ?? draft;
  const gate = personalityTestStanding(state);
  const agreement = agreementStanding(state.agreements);
  const next = nextConversationOf(state, now);
  return {
    programmeId: state.id,
    trainee: { id: state.trainee.id, name: state.trainee.name },
    leader: { id: state.leader.id, name: state.leader.name },
    ...(state.hrConsultant ? { hrConsultant: { id: state.hrConsultant.id, name: state.hrConsultant.name } } : {}),
    department: { id: state.departmentId, name: departmentName },
    phase: state.phase,
    phaseLabel: PHASE_LABELS[state.phase],
    closed: isClosed(state),
    declined: state.declined !== undefined,
    period: periodOf ? { start: periodOf.periodStart, end: agreementPeriodEnd(periodOf), months: periodOf.periodMonths } : {},
    personalityTest: gate,
    personalityTestLabel: PERSONALITY_TEST_STANDING_LABELS[gate],
    agreement,
    agreementLabel: AGREEMENT_STANDING_LABELS[agreement],
    ...(periodOf ? { agreementVersion: (draft ?? periodOf).version } : {}),
    ...(next ? { nextConversation: next } : {}),
    overdue,
  };
}

function comparator(sort: OverviewSort, order: 'asc' | 'desc'): (a: OverviewRowView, b: OverviewRowView) => number {
  const text = (a: string, b: string) => a.localeCompare(b, 'da');
  // Missing values (no period, no conversation) go last whichever the order.
  const optional = (a: string | undefined, b: string | undefined, sign: number) =>
    a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : sign * text(a, b);
  const sign = order === 'desc' ? -1 : 1;
  const byKey = (a: OverviewRowView, b: OverviewRowView): number => {
    switch (sort) {
      case 'trainee':
        return sign * text(a.trainee.name, b.trainee.name);
      case 'leader':
        return sign * text(a.leader.name, b.leader.name);
      case 'department':
        return sign * text(a.department.name, b.department.name);
      case 'phase':
        return sign * (PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
      case 'periodStart':
        return optional(a.period.start, b.period.start, sign);
      case 'nextConversation':
        return optional(a.nextConversation?.scheduledAt, b.nextConversation?.scheduledAt, sign);
      case 'overdue':
        return sign * (a.overdue.length - b.overdue.length);
    }
  };
  return (a, b) => byKey(a, b) || text(a.trainee.name, b.trainee.name) || text(a.programmeId, b.programmeId);
}
