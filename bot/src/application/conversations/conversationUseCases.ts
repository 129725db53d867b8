/**
 * The conversation cards' use cases (one file per intent beside this one), as the UseCases object
 * offers them to the edges. The programme feedback from transition interviews (`tilbagemeldinger`)
 * is read with the tab's use case, views/programmeFeedback.ts: one way to read it.
 */
import { PersonId } from '../../domain/people';
import { ChangeDeps } from '../changeProgramme';
import { ConversationCardView } from './conversationCardView';
import { documentConversation } from './documentConversation';
import { currentConversationCards, openConversationCard, OpenConversationRequest } from './openConversationCard';
import { recordFollowUp } from './recordFollowUp';
import { ConversationCardDeliveryDeps, deliverConversationCard, deliverDueConversationCards } from './deliverConversationCards';
import { ProgrammeDeliveryReport } from '../programmeChat/programmeChatTypes';
import { ConversationAnswersRequest, saveConversationDraft } from './saveConversationDraft';
import { MeetingEndOutcome, meetingEnded, MeetingEventRequest, meetingStarted } from './meetingEvents';

export interface ConversationUseCases {
  /** A conversation's card as the person sees it now (also every refresh of the card). */
  openConversationCard(request: OpenConversationRequest): Promise<ConversationCardView>;
  /** `samtale`: the current conversation of each of the person's programmes. */
  currentConversationCards(actorId: PersonId): Promise<ConversationCardView[]>;
  /** Gem kladde: the person's own answers saved on the shared draft. */
  saveConversationDraft(request: ConversationAnswersRequest): Promise<ConversationCardView>;
  /** Dokumentér: an interview documented (marked afholdt first when booked). */
  documentConversation(request: ConversationAnswersRequest): Promise<ConversationCardView>;
  /** Dokumentér on a follow-up meeting: the referat af opfølgningsmødet. */
  recordFollowUp(request: ConversationAnswersRequest): Promise<ConversationCardView>;
  /** Sends a conversation's template card to its participants (the programme's chat, else personal chats). */
  deliverConversationCard(request: { programmeId: string; conversationId: string }): Promise<ProgrammeDeliveryReport>;
  /** Every booked conversation whose time has come gets its card, once (the reminder engine runs it). */
  deliverDueConversationCards(now: Date): Promise<number>;
  /** A booked conversation's Teams meeting started: its card(s) for the meeting chat (empty: not a booked conversation). */
  meetingStarted(request: MeetingEventRequest): Promise<ConversationCardView[]>;
  /** A booked conversation's Teams meeting ended: marked afholdt where the rules allow, else why not. */
  meetingEnded(request: MeetingEventRequest): Promise<MeetingEndOutcome[]>;
}

export function conversationUseCases(deps: ChangeDeps & ConversationCardDeliveryDeps): ConversationUseCases {
  return {
    openConversationCard: (request) => openConversationCard(deps, request),
    currentConversationCards: (actorId) => currentConversationCards(deps, actorId),
    saveConversationDraft: (request) => saveConversationDraft(deps, request),
    documentConversation: (request) => documentConversation(deps, request),
    recordFollowUp: (request) => recordFollowUp(deps, request),
    deliverConversationCard: (request) => deliverConversationCard(deps, request),
    deliverDueConversationCards: (now) => deliverDueConversationCards(deps, now),
    meetingStarted: (request) => meetingStarted(deps, request),
    meetingEnded: (request) => meetingEnded(deps, request),
  };
}
