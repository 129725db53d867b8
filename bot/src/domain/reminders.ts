/**
 * Which reminders are due for a programme at a given moment. Pure: the state, the time and a
 * working-day calendar in, a list out; the reminder engine (application/reminderEngine.ts) decides
 * when to ask and makes sure each one goes out once.
 *
 * Every reminder has a stable key, `<programmeId>|<kind>|<subject>`, where the subject names what
 * it is about (a conversation, the date a period ran out, ...): the same situation always gives the
 * same key, so asking again (every few minutes, from two servers, after a restart) never makes a
 * second reminder, while a new situation (the next follow-up period) makes a new one.
 *
 * Reminders reach people in working hours: each rule computes when its situation arises, and the
 * reminder is due from the first working morning (08:00 Copenhagen time, Monday–Friday, not a
 * holiday) at or after that. Nothing is due for a closed programme or one whose reminders are paused.
 */
import { DateTime } from 'luxon';
import { personWithRole } from './access';
import { agreementPeriodEnd, draftAgreement, effectiveAgreement } from './agreement';
import { PROGRAMME_TIME_ZONE } from './calendar';
import { KIND_ROLES } from './conversationKinds';
import { personalityGateHolds, personalityTestRequired } from './gates';
import { PersonId } from './people';
import { ConversationKind, ConversationState, ProgrammeState } from './state';

export type ReminderKind =
  /** Nominated, and the department's HR has not decided (no HR consultant has taken it on): the department's HR consultants. */
  | 'nominationWaitingForHr'
  /** The trainee took the personality test and feedback is still missing: the HR consultant. */
  | 'personalityFeedbackPending'
  /** Start-up part 2 was documented 14 days ago and the learning agreement is not approved: trainee and leader. */
  | 'agreementNotApproved'
  /** The agreed cadence has passed since the last follow-up meeting and none is booked: trainee and leader. */
  | 'followUpDue'
  /** Half the agreement period has passed and no midway interview is booked or held: all three. */
  | 'midwayDue'
  /** One month before the period ends and no transition interview is booked or held: all three. */
  | 'transitionDue'
  /** A conversation's time has passed and it is not marked held or not documented: its participants. */
  | 'conversationNotDocumented';

export const REMINDER_KINDS: readonly ReminderKind[] = [
  'nominationWaitingForHr',
  'personalityFeedbackPending',
  'agreementNotApproved',
  'followUpDue',
  'midwayDue',
  'transitionDue',
  'conversationNotDocumented',
];

export interface DueReminder {
  /** `<programmeId>|<kind>|<subject>`: the same situation always gives the same key. */
  key: string;
  kind: ReminderKind;
  programmeId: string;
  /** Who gets it, without repeats. */
  to: PersonId[];
  /** From when it is due (a working morning), ISO. */
  dueFrom: string;
  data: {
    traineeName: string;
    /** The conversation it is about, or the one to book. */
    conversationKind?: ConversationKind;
    conversationId?: string;
    /** The date the situation refers to (YYYY-MM-DD): when the follow-up was due, the period's end, ... */
    date?: string;
  };
}

/** Which calendar dates are working days (Danish holidays, weekends): implemented outside the domain. */
export interface WorkingCalendar {
  isWorkingDay(date: string): boolean;
}

export interface ReminderContext {
  calendar: WorkingCalendar;
  /** The department's HR consultants: who is reminded of a nomination without HR. */
  departmentHrIds: readonly PersonId[];
}

/** Hour of the working morning reminders go out from, Copenhagen time. */
export const REMINDER_HOUR = 8;
/** Working days HR has to give feedback on the personality test before a reminder. */
export const FEEDBACK_GRACE_WORKING_DAYS = 3;
/** Working days a nomination may wait for an HR consultant before HR is reminded. */
export const NOMINATION_GRACE_WORKING_DAYS = 2;
/** Days after start-up part 2 is documented before an unapproved agreement is reminded of. */
export const AGREEMENT_GRACE_DAYS = 14;

/** Every reminder due for the programme at `now`, in a stable order. */
export function dueReminders(state: ProgrammeState, now: Date, context: ReminderContext): DueReminder[] {
  if (state.outcome || state.declined || state.remindersPaused) return [];
  const candidates = [
    nominationWaitingForHr(state, context),
    personalityFeedbackPending(state, context),
    agreementNotApproved(state, context),
    followUpDue(state, context),
    midwayDue(state, context),
    transitionDue(state, context),
    ...conversationsNotDocumented(state, context),
  ];
  return candidates.filter((r): r is DueReminder => r !== undefined && r.to.length > 0 && Date.parse(r.dueFrom) <= now.getTime());
}

// ---------------------------------------------------------------- the rules

function nominationWaitingForHr(state: ProgrammeState, { calendar, departmentHrIds }: ReminderContext): DueReminder | undefined {
  // In the nomination phase the programme waits for the department's HR to decide (and attach an HR consultant).
  if (state.phase !== 'nomination') return undefined;
  // A question from HR that the leader has not answered yet: the nomination waits for the leader.
  if ((state.nominationQuestions ?? []).some((q) => !q.answered)) return undefined;
  const from = addWorkingDays(localDate(state.nominated.at), NOMINATION_GRACE_WORKING_DAYS, calendar);
  const nominatedOn = localDate(state.nominated.at);
  return reminder(state, 'nominationWaitingForHr', nominatedOn, [...idsOf(state, ['hrConsultant']), ...departmentHrIds], morningOf(from), { date: nominatedOn });
}

function personalityFeedbackPending(state: ProgrammeState, { calendar }: ReminderContext): DueReminder | undefined {
  const { taken, feedbackGiven } = state.personalityTest;
  if (!personalityTestRequired(state) || !taken || feedbackGiven) return undefined;
  if (state.phase !== 'nomination' && state.phase !== 'startup') return undefined;
  const takenOn = localDate(taken.at);
  const from = addWorkingDays(takenOn, FEEDBACK_GRACE_WORKING_DAYS, calendar);
  return reminder(state, 'personalityFeedbackPending', takenOn, idsOf(state, ['hrConsultant']), morningOf(from), { date: takenOn });
}

function agreementNotApproved(state: ProgrammeState, { calendar }: ReminderContext): DueReminder | undefined {
  if (state.phase !== 'startup' || effectiveAgreement(state.agreements)) return undefined;
  const part2 = state.conversations.find((c) => c.kind === 'startupPart2' && c.status === 'documented' && c.documented);
  if (!part2?.documented) return undefined;
  const draft = draftAgreement(state.agreements);
  const to = [
    ...(draft?.acceptedByTrainee ? [] : idsOf(state, ['trainee'])),
    ...(draft?.acceptedByLeader ? [] : idsOf(state, ['leader'])),
  ];
  const graceEnds = localDateTime(part2.documented.at).plus({ days: AGREEMENT_GRACE_DAYS }).startOf('day');
  const from = workingMorningOnOrAfter(graceEnds, calendar);
  return reminder(state, 'agreementNotApproved', part2.id, to, from);
}

function followUpDue(state: ProgrammeState, { calendar }: ReminderContext): DueReminder | undefined {
  const agreement = effectiveAgreement(state.agreements);
  if (state.phase !== 'development' || !agreement) return undefined;
  if (state.conversations.some((c) => c.kind === 'followUp' && c.status === 'booked')) return undefined;
  // The last follow-up: an entry written, or a follow-up meeting held; the period's start before any.
  const last = [
    localDateTime(agreement.periodStart),
    ...state.followUps.map((f) => localDateTime(f.recorded.at)),
    ...state.conversations
      .filter((c) => c.kind === 'followUp' && (c.status === 'held' || c.status === 'documented'))
      .map((c) => localDateTime(c.scheduledAt)),
  ].reduce((a, b) => (b > a ? b : a));
  const dueOn = last.plus({ weeks: agreement.followUpCadenceWeeks }).startOf('day');
  // No reminder to book a follow-up after the period has ended: the transition comes then.
  if (isoDate(dueOn) > agreementPeriodEnd(agreement)) return undefined;
  return reminder(state, 'followUpDue', isoDate(dueOn), idsOf(state, ['trainee', 'leader']), workingMorningOnOrAfter(dueOn, calendar), {
    conversationKind: 'followUp',
    date: isoDate(dueOn),
  });
}

function midwayDue(state: ProgrammeState, { calendar }: ReminderContext): DueReminder | undefined {
  const agreement = effectiveAgreement(state.agreements);
  if (state.phase !== 'development' || !agreement || hasConversation(state, 'midway')) return undefined;
  const start = localDateTime(agreement.periodStart);
  const end = localDateTime(agreementPeriodEnd(agreement)).plus({ days: 1 });
  const halfway = start.plus({ days: Math.floor(end.diff(start, 'days').days / 2) });
  return reminder(state, 'midwayDue', isoDate(halfway), idsOf(state, ['trainee', 'leader', 'hrConsultant']), workingMorningOnOrAfter(halfway, calendar), {
    conversationKind: 'midway',
    date: isoDate(halfway),
  });
}

function transitionDue(state: ProgrammeState, { calendar }: ReminderContext): DueReminder | undefined {
  const agreement = effectiveAgreement(state.agreements);
  if ((state.phase !== 'development' && state.phase !== 'completion') || !agreement || hasConversation(state, 'transition')) return undefined;
  const periodEnd = agreementPeriodEnd(agreement);
  const monthBefore = localDateTime(periodEnd).minus({ months: 1 });
  return reminder(
    state,
    'transitionDue',
    periodEnd,
    idsOf(state, ['trainee', 'leader', 'hrConsultant']),
    workingMorningOnOrAfter(monthBefore, calendar),
    { conversationKind: 'transition', date: periodEnd },
  );
}

/**
 * A booked conversation whose end has passed and that is not marked held, or a held one not
 * documented (a follow-up meeting is documented by its entry): the morning of the next working day
 * after it. The subject holds the start, so a conversation moved to a later time is reminded of again.
 */
function conversationsNotDocumented(state: ProgrammeState, { calendar }: ReminderContext): DueReminder[] {
  return state.conversations.flatMap((c) => {
    if (!isUnfinished(state, c)) return [];
    const end = DateTime.fromMillis(Date.parse(c.scheduledAt) + c.durationMinutes * 60_000, { zone: PROGRAMME_TIME_ZONE });
    const from = workingMorningOnOrAfter(end.plus({ days: 1 }).startOf('day'), calendar);
    const subject = `${c.id}|${Date.parse(c.scheduledAt)}`;
    const due = reminder(state, 'conversationNotDocumented', subject, idsOf(state, KIND_ROLES[c.kind]), from, {
      conversationKind: c.kind,
      conversationId: c.id,
      date: isoDate(end),
    });
    return [due];
  });
}

function isUnfinished(state: ProgrammeState, c: ConversationState): boolean {
  // Part 1 cannot be marked held before the personality-test feedback: that gate is reminded of instead.
  if (c.status === 'booked') return !(c.kind === 'startupPart1' && !personalityGateHolds(state));
  if (c.status !== 'held') return false;
  if (c.kind === 'followUp') return !state.followUps.some((f) => f.conversationId === c.id);
  return true;
}

// ---------------------------------------------------------------- helpers

function reminder(
  state: ProgrammeState,
  kind: ReminderKind,
  subject: string,
  to: PersonId[],
  dueFrom: DateTime,
  data: Omit<DueReminder['data'], 'traineeName'> = {},
): DueReminder {
  return {
    key: reminderKey(state.id, kind, subject),
    kind,
    programmeId: state.id,
    to: [...new Set(to)],
    dueFrom: dueFrom.toUTC().toISO() as string,
    data: { traineeName: state.trainee.name, ...data },
  };
}

export function reminderKey(programmeId: string, kind: ReminderKind, subject: string): string {
  return `${programmeId}|${kind}|${subject}`;
}

function idsOf(state: ProgrammeState, roles: readonly ('trainee' | 'leader' | 'hrConsultant')[]): PersonId[] {
  return roles.flatMap((role) => {
    const person = personWithRole(state, role);
    return person ? [person.id] : [];
  });
}

function hasConversation(state: ProgrammeState, kind: ConversationKind): boolean {
  return state.conversations.some((c) => c.kind === kind && c.status !== 'cancelled');
}

/** An instant (ISO) or a calendar date (YYYY-MM-DD, its midnight) in Copenhagen time. */
function localDateTime(value: string): DateTime {
  return DateTime.fromISO(value, { zone: PROGRAMME_TIME_ZONE });
}

function localDate(instant: string): string {
  return isoDate(localDateTime(instant));
}

function isoDate(time: DateTime): string {
  return time.toISODate() as string;
}

function morningOf(date: string): DateTime {
  return localDateTime(date).set({ hour: REMINDER_HOUR, minute: 0, second: 0, millisecond: 0 });
}

/** The first working morning (08:00 Copenhagen) at or after `time`. */
export function workingMorningOnOrAfter(time: DateTime, calendar: WorkingCalendar): DateTime {
  let day = time.setZone(PROGRAMME_TIME_ZONE).startOf('day');
  const morning = day.set({ hour: REMINDER_HOUR });
  if (time > morning) day = day.plus({ days: 1 });
  for (let i = 0; i < 30 && !calendar.isWorkingDay(isoDate(day)); i += 1) day = day.plus({ days: 1 });
  return day.set({ hour: REMINDER_HOUR });
}

/** The date `count` working days after `date` (the day itself not counted). */
export function addWorkingDays(date: string, count: number, calendar: WorkingCalendar): string {
  let day = localDateTime(date);
  for (let left = count; left > 0; ) {
    day = day.plus({ days: 1 });
    if (calendar.isWorkingDay(isoDate(day))) left -= 1;
  }
  return isoDate(day);
}
