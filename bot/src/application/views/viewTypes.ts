/**
 * Shapes shared by the tab's read models. They mirror the tab API's contract (api/contract/), which
 * the API checks them against when it compiles; the application layer cannot import the contract.
 */
import { LocalizedText } from '../../domain/localizedText';
import { ReminderKind } from '../../domain/reminders';
import { ConversationKind, Phase } from '../../domain/state';

export interface PersonView {
  id: string;
  name: string;
}

/** Whose programme it is, where, and how far it has come: the same in the cohort's rows and the programme page. */
export interface ProgrammeStandingView {
  trainee: PersonView;
  leader: PersonView;
  hrConsultant?: PersonView;
  department: { id: string; name: string };
  phase: Phase;
  phaseLabel: LocalizedText;
  closed: boolean;
  declined: boolean;
}

export interface StampView {
  at: string;
  by: PersonView;
}

export interface OverdueView {
  kind: ReminderKind;
  since: string;
  text: LocalizedText;
}

export interface NextConversationView {
  id: string;
  kind: ConversationKind;
  label: LocalizedText;
  scheduledAt: string;
  durationMinutes: number;
}
