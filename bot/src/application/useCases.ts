/**
 * Every user intent the product offers, built once by the composition root from the ports and
 * handed to the edges (bot and tab API) as this one object. The edges never see storage.
 */
import { Locale } from '../domain/localizedText';
import { DepartmentRepository, PersonDirectory, ProgrammeRepository } from '../domain/ports';
import { PersonId } from '../domain/people';
import { chooseLanguage, languageForTurn, Sender } from './language';
import { Clock, IdGenerator, Notifier, Scheduler, SlotReservations } from './ports';
import { PersonalityTestRequest, recordPersonalityTestStep } from './personalityTest';
import { programmeStatus, ProgrammeStatus } from './programmeStatus';
import { ReminderPauseRequest, setRemindersPaused } from './reminderPause';
import { nominate, NominationRequest, NominationResult, NominationStart, searchPeople, startNomination } from './nomination';
import { answerNominationQuestion, decideNomination, NominationAnswerRequest, NominationDecisionRequest } from './nominationDecision';
import { departmentHrOverview, DepartmentHrView, setDepartmentHr, SetDepartmentHrRequest, SetDepartmentHrResult } from './departmentHr';
import { PersonRef } from '../domain/people';
import { BookConversationRequest, bookConversation, BookingOutcome, CalendarFileOutcome, calendarFileFor, cancelConversation, CancelConversationRequest } from './booking/bookConversation';
import { BookingProposal, proposeBooking, ProposeBookingRequest } from './booking/proposeBooking';
import { BookingView } from './booking/bookingView';
import { bookJointStartup, BookJointStartupRequest, jointStartupCandidates, JointStartupOutcome, JointStartupProposal, JointStartupStart, proposeJointStartup, ProposeJointStartupRequest } from './booking/jointStartup';
import { TakeOffEventRepository } from '../domain/takeOffEvent';
import { createTakeOffEvent, CreateTakeOffEventRequest, registerTakeOff, RegisterTakeOffRequest, takeOffOverview, TakeOffOverview } from './takeOff';
import type { TakeOffEvent } from '../domain/takeOffEvent';
import { AgreementUseCases, agreementUseCases } from './agreement/agreementUseCases';
import { ConversationUseCases, conversationUseCases } from './conversations/conversationUseCases';
import type { ConversationCardRenderer } from './conversations/deliverConversationCards';
import type { Logger, SentReminders } from './ports';
import { ProgrammeChatUseCases, programmeChatUseCases } from './programmeChat/programmeChatUseCases';
import type { ProgrammeChatDeps } from './programmeChat/programmeChatTypes';
import { TabViewUseCases, tabViewUseCases } from './views/tabViewUseCases';
import type { WorkingCalendar } from '../domain/reminders';
import type { ProgrammeSummaries } from './ports';

export interface UseCaseDeps {
  programmes: ProgrammeRepository;
  people: PersonDirectory;
  departments: DepartmentRepository;
  clock: Clock;
  notifier: Notifier;
  /** Booking: free times and calendar files (the built-in calendar by default). */
  scheduler: Scheduler;
  /** Booking: a person's time held per conversation, across programmes. */
  slotReservations: SlotReservations;
  ids: IdGenerator;
  /** Take-off events and their invitations; without it the take-off use cases refuse. */
  takeOffEvents?: TakeOffEventRepository;
  /** Take-off also invites trainees whose programme period ends within this many weeks (default 8). */
  takeOffInviteWeeks?: number;
  /** The programme's chat (binding store, delivery, Graph when configured); without it cards go to personal chats. */
  programmeChat?: ProgrammeChatDeps;
  /** The tab's views: working days (what is overdue counts from working mornings, as reminders do). */
  workingCalendar?: WorkingCalendar;
  /** The tab's cohort views: slimmed programmes kept beside the department index. */
  programmeSummaries?: ProgrammeSummaries;
  /** Conversation cards sent when due: the idempotency records (the reminders') and the edge's renderer. */
  sentReminders?: SentReminders;
  renderConversationCard?: ConversationCardRenderer;
  logger?: Logger;
}

/** The learning agreement's use cases are listed in application/agreement/agreementUseCases.ts; the conversation cards' in conversations/conversationUseCases.ts. */
export interface UseCases extends AgreementUseCases, ProgrammeChatUseCases, ConversationUseCases, TabViewUseCases {
  /** The language to answer the sender in now (remembers the locale their client reported). */
  languageForTurn(sender: Sender, reportedLocale: string | undefined): Promise<Locale>;
  /** `sprog dansk` / `language english`. */
  chooseLanguage(sender: Sender, language: Locale): Promise<Locale>;
  /** `status`: the sender's programmes, what is due and what waits for them. */
  programmeStatus(personId: PersonId): Promise<ProgrammeStatus[]>;
  /** The trainee took the personality test, or HR gave the feedback on it. */
  recordPersonalityTestStep(request: PersonalityTestRequest): Promise<void>;
  /** `påmindelser pause|genoptag`: the leader or HR pauses or resumes reminders; the trainees' names changed. */
  setRemindersPaused(request: ReminderPauseRequest): Promise<string[]>;
  /** `indstil`: what the nomination card needs (the departments as stored). */
  startNomination(): Promise<NominationStart>;
  /** People whose name or e-mail starts with the query, for choosing on a card. */
  searchPeople(query: string): Promise<PersonRef[]>;
  /** The nearest leader nominates an employee; the department's HR consultants get it to decide on. */
  nominate(request: NominationRequest): Promise<NominationResult>;
  /** An HR consultant of the programme's department accepts, asks about or declines a nomination. */
  decideNomination(request: NominationDecisionRequest): Promise<{ traineeName: string }>;
  /** The nearest leader answers HR's question about the nomination. */
  answerNominationQuestion(request: NominationAnswerRequest): Promise<void>;
  /** `afdeling`: each department's HR consultants (programme admins only). */
  departmentHrOverview(actorId: PersonId): Promise<DepartmentHrView[]>;
  /** A programme admin adds or removes an HR consultant of a department. */
  setDepartmentHr(request: SetDepartmentHrRequest): Promise<SetDepartmentHrResult>;
  /** `book`: free times for the conversation the person can book (or a choice of programme), or new times to move one to. */
  proposeBooking(request: ProposeBookingRequest): Promise<BookingProposal>;
  /** A proposed time clicked: books (or moves) the conversation and tells every participant. */
  bookConversation(request: BookConversationRequest): Promise<BookingOutcome>;
  /** Cancels a booked conversation with a reason and tells every participant. */
  cancelConversation(request: CancelConversationRequest): Promise<BookingView>;
  /** The calendar file behind a signed link (GET /api/calendar/<token>.ics). */
  calendarFile(token: string): Promise<CalendarFileOutcome>;
  /** `book fælles opstartsmøde`: the department's programmes an HR consultant can include in one joint start-up meeting. */
  jointStartupCandidates(actorId: PersonId): Promise<JointStartupStart>;
  /** Times when every participant of the chosen programmes is free. */
  proposeJointStartup(request: ProposeJointStartupRequest): Promise<JointStartupProposal>;
  /** Books the joint start-up meeting in every chosen programme, or in none; every participant is told. */
  bookJointStartup(request: BookJointStartupRequest): Promise<JointStartupOutcome>;
  /** `take-off`: the newest take-off events with their registrations (programme admins only). */
  takeOffOverview(actorId: PersonId): Promise<TakeOffOverview>;
  /** A programme admin creates a take-off event; every trainee in completion is invited. */
  createTakeOffEvent(request: CreateTakeOffEventRequest): Promise<{ event: TakeOffEvent; invited: number }>;
  /** The trainee registers for take-off (again to change the answers). */
  registerTakeOff(request: RegisterTakeOffRequest): Promise<{ event: TakeOffEvent }>;
}

export function createUseCases(deps: UseCaseDeps): UseCases {
  return {
    languageForTurn: (sender, reportedLocale) => languageForTurn(deps, sender, reportedLocale),
    chooseLanguage: (sender, language) => chooseLanguage(deps, sender, language),
    programmeStatus: (personId) => programmeStatus(deps, personId),
    recordPersonalityTestStep: (request) => recordPersonalityTestStep(deps, request),
    setRemindersPaused: (request) => setRemindersPaused(deps, request),
    startNomination: () => startNomination(deps),
    searchPeople: (query) => searchPeople(deps, query),
    nominate: (request) => nominate(deps, request),
    decideNomination: (request) => decideNomination(deps, request),
    answerNominationQuestion: (request) => answerNominationQuestion(deps, request),
    departmentHrOverview: (actorId) => departmentHrOverview(deps, actorId),
    setDepartmentHr: (request) => setDepartmentHr(deps, request),
    proposeBooking: (request) => proposeBooking(deps, request),
    bookConversation: (request) => bookConversation(deps, request),
    cancelConversation: (request) => cancelConversation(deps, request),
    calendarFile: (token) => calendarFileFor(deps, token),
    jointStartupCandidates: (actorId) => jointStartupCandidates(deps, actorId),
    proposeJointStartup: (request) => proposeJointStartup(deps, request),
    bookJointStartup: (request) => bookJointStartup(deps, request),
    takeOffOverview: (actorId) => takeOffOverview(deps, actorId),
    createTakeOffEvent: (request) => createTakeOffEvent(deps, request),
    registerTakeOff: (request) => registerTakeOff(deps, request),
    ...agreementUseCases(deps),
    ...conversationUseCases(deps),
    ...programmeChatUseCases(deps),
    ...tabViewUseCases(deps),
  };
}
