/**
 * What a programme is behind on: the situations the reminders are about (domain/reminders.ts) that
 * are due now, whether or not anyone is left to remind. One rule for the bot's reminders and the tab.
 */
import { nextConversation } from '../../domain/agenda';
import { LocalizedText } from '../../domain/localizedText';
import { CONVERSATION_KIND_LABELS } from '../../domain/labels';
import { DueReminder, dueReminders, WorkingCalendar } from '../../domain/reminders';
import { ProgrammeState } from '../../domain/state';
import { NextConversationView, OverdueView } from './viewTypes';

/**
 * Reminders go to the department's HR consultants when a nomination has none attached; for what
 * is overdue only the situation counts, so a stand-in recipient keeps that reminder in the list.
 */
const SOMEONE_IN_THE_DEPARTMENT = ['departmentHr'];

export function overdueOf(state: ProgrammeState, now: Date, calendar: WorkingCalendar): OverdueView[] {
  return dueReminders(state, now, { calendar, departmentHrIds: SOMEONE_IN_THE_DEPARTMENT }).map(overdueView);
}

/** Far enough ahead that every situation a programme is in counts as due. */
const END_OF_TIME = new Date(8.64e15);

/**
 * Every situation the programme is in, each with the moment it becomes overdue. Which situations and
 * from when depend on the state alone (the reminders' rules filter by the time last), so they can
 * be worked out once per stored revision and compared with the clock on each read: `dueAt`.
 */
export function overdueCandidates(state: ProgrammeState, calendar: WorkingCalendar): OverdueView[] {
  return overdueOf(state, END_OF_TIME, calendar);
}

/** The candidates overdue at `now`. */
export function dueAt(candidates: readonly OverdueView[], now: Date): OverdueView[] {
  return candidates.filter((c) => Date.parse(c.since) <= now.getTime());
}

function overdueView(due: DueReminder): OverdueView {
  return { kind: due.kind, since: due.dueFrom, text: overdueText(due) };
}

/**
 * Candidates by programme and revision (a revision names one committed state), so a cohort of a
 * thousand programmes does not work out every reminder rule on every read. Bounded: emptied when full.
 */
export class OverdueCandidateCache {
  private readonly entries = new Map<string, OverdueView[]>();

  constructor(private readonly maxEntries = 50_000) {}

  candidatesOf(state: ProgrammeState, revision: number, calendar: WorkingCalendar): OverdueView[] {
    const key = `${revision}|${state.id}`;
    let candidates = this.entries.get(key);
    if (!candidates) {
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      candidates = overdueCandidates(state, calendar);
      this.entries.set(key, candidates);
    }
    return candidates;
  }
}

function overdueText(due: DueReminder): LocalizedText {
  const kind = due.data.conversationKind ? CONVERSATION_KIND_LABELS[due.data.conversationKind] : undefined;
  switch (due.kind) {
    case 'nominationWaitingForHr':
      return { da: 'Indstillingen venter på HR-konsulenten.', en: 'The nomination waits for the HR consultant.' };
    case 'personalityFeedbackPending':
      return { da: 'Feedback på persontesten mangler.', en: 'Feedback on the personality test is missing.' };
    case 'agreementNotApproved':
      return { da: 'Læringsaftalen er ikke godkendt.', en: 'The learning agreement is not approved.' };
    case 'followUpDue':
      return { da: 'Et opfølgningsmøde skal aftales.', en: 'A follow-up meeting is due to be scheduled.' };
    case 'midwayDue':
      return { da: 'Midtvejssamtalen skal aftales.', en: 'The midway interview is due to be scheduled.' };
    case 'transitionDue':
      return { da: 'Transitionssamtalen skal aftales.', en: 'The transition interview is due to be scheduled.' };
    case 'conversationNotDocumented':
      return {
        da: `${kind?.da ?? 'Samtalen'} er ikke markeret som afholdt eller dokumenteret.`,
        en: `${kind?.en ?? 'The conversation'} is not marked as held or documented.`,
      };
  }
}

export function nextConversationOf(state: ProgrammeState, now: Date): NextConversationView | undefined {
  const next = nextConversation(state, now);
  return next
    ? { id: next.id, kind: next.kind, label: CONVERSATION_KIND_LABELS[next.kind], scheduledAt: next.scheduledAt, durationMinutes: next.durationMinutes }
    : undefined;
}
