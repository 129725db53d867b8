/**
 * The programme's chat: a Teams group chat of the ledertrainee, the nearest leader and the
 * HR consultant, bound to their programme, where the programme's cards go. Types and ports only;
 * the use cases beside this file tell the story.
 */
import type { PersonId, ProgrammeRole } from '../../domain/people';
import type { ConversationDelivery, ConversationReferenceStore, Delivery, GroupChatCreator, Logger, NoticeDelivery, ProgrammeChatStore, StoredConversationReference } from '../ports';

export type { ConversationDelivery, GroupChatCreator, ProgrammeChatBinding, ProgrammeChatStore } from '../ports';

/** What the programme-chat use cases need besides the programmes and people. */
export interface ProgrammeChatDeps {
  store: ProgrammeChatStore;
  delivery: NoticeDelivery & ConversationDelivery;
  conversationReferences: ConversationReferenceStore;
  logger: Logger;
  /** Present when Microsoft Graph is configured for it (GRAPH_PROGRAMME_CHATS=true): the app makes the chat itself. */
  creator?: GroupChatCreator;
  /** The Entra tenant of the app, for the reference of a chat created through Graph when Graph does not name it. */
  tenantId?: string;
}

// ---------------------------------------------------------------- delivering a programme card

/** One of the three people of a programme, as a card for the programme needs them. */
export interface ProgrammeParticipant {
  id: PersonId;
  name: string;
  role: ProgrammeRole;
  /** The person's Teams user id ("29:…") from their stored conversation, when known: for `refresh.userIds`. */
  teamsUserId?: string;
}

/**
 * Who a card is rendered for: the programme's group chat (one card for all three, Danish unless
 * every participant chose English), or one participant's personal chat, in their language.
 */
export type ProgrammeAudience =
  | { kind: 'programmeChat'; language: 'da' | 'en'; participants: readonly ProgrammeParticipant[] }
  | { kind: 'personal'; language: 'da' | 'en'; participants: readonly ProgrammeParticipant[]; viewer: ProgrammeParticipant };

/** A rendered Adaptive Card (plain JSON, from cards/) and an optional short text for notifications. */
export interface ProgrammeCard {
  card: Record<string, unknown>;
  summary?: string;
}

export type ProgrammeCardFor = (audience: ProgrammeAudience) => ProgrammeCard | Promise<ProgrammeCard>;

export interface DeliverToProgrammeRequest {
  programmeId: string;
  /** Short stable name for the log, e.g. "midway.card". */
  purpose: string;
  cardFor: ProgrammeCardFor;
}

export interface ProgrammeDeliveryReport {
  where: 'programmeChat' | 'personal';
  chatId?: string;
  deliveries: { to: PersonId | 'programmeChat'; delivery: Delivery }[];
}

// ---------------------------------------------------------------- binding in Teams

/** A programme the person could bind a chat to: one they take part in. */
export interface ProgrammeChatChoice {
  programmeId: string;
  traineeName: string;
  /** The person's own role in it. */
  role: ProgrammeRole;
  /** The programme already has a chat (binding this one replaces it). */
  hasChat: boolean;
  /** Its ledertrainee, nærmeste leder and HR-konsulent. */
  participantIds: PersonId[];
}

/** What the bot offers when it is added to a group chat, or asked (`tilknyt`). */
export type ProgrammeChatOffer =
  /** The chat is this programme's chat already (told only to its participants). */
  | { kind: 'bound'; programmeId: string; traineeName: string }
  /** The chat belongs to a programme the person is not part of: no names. */
  | { kind: 'boundElsewhere' }
  | { kind: 'choose'; choices: ProgrammeChatChoice[] }
  /** Asked outside a group chat, with Microsoft Graph: the programmes the app can create a chat for. */
  | { kind: 'create'; choices: ProgrammeChatChoice[] }
  /** Asked outside a group chat, without Graph: how to make one. */
  | { kind: 'howTo' };

export interface BindProgrammeChatRequest {
  actorId: PersonId;
  programmeId: string;
  /** The group chat the button was pressed in, as the activity names it (never from card data). */
  chat: StoredConversationReference;
  /** Who is in the chat (Entra object ids), when Teams could say: all three of the programme must be. */
  memberIds?: readonly PersonId[];
}

export type CreateProgrammeChatOutcome =
  | { outcome: 'created'; chatId: string; traineeName: string }
  /** The programme has a chat already. */
  | { outcome: 'exists'; chatId: string; traineeName: string }
  /** Graph is not configured: a participant adds the bot to a group chat instead. */
  | { outcome: 'notConfigured'; traineeName: string }
  /** Graph refused or failed (logged); the programme is unchanged and its cards go to personal chats. */
  | { outcome: 'failed'; traineeName: string };
