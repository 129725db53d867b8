/**
 * The programme's chat as the edges see it: part of the UseCases object (useCases.ts spreads it in).
 */
import { PersonId } from '../../domain/people';
import { PersonDirectory, ProgrammeRepository } from '../../domain/ports';
import { Clock, Notifier, StoredConversationReference } from '../ports';
import { bindProgrammeChat, programmeChatOffer, unbindProgrammeChat } from './bindProgrammeChat';
import { createProgrammeChat } from './createProgrammeChat';
import { deliverToProgramme } from './deliverToProgramme';
import {
  BindProgrammeChatRequest,
  CreateProgrammeChatOutcome,
  DeliverToProgrammeRequest,
  ProgrammeChatDeps,
  ProgrammeChatOffer,
  ProgrammeDeliveryReport,
} from './programmeChatTypes';

export interface ProgrammeChatUseCases {
  /**
   * Sends a programme's card to its three people: into the programme's chat when one is bound,
   * else into each one's personal chat (see deliverToProgramme.ts). Never rejects for delivery.
   */
  deliverToProgramme(request: DeliverToProgrammeRequest): Promise<ProgrammeDeliveryReport>;
  /** The bot was added to a group chat, or asked `tilknyt` there: the chat's programme, or the sender's programmes to choose from. */
  programmeChatOffer(actorId: PersonId, chat: StoredConversationReference, memberIds?: readonly PersonId[]): Promise<ProgrammeChatOffer>;
  /** A participant binds the group chat (where the button was pressed) to the programme. */
  bindProgrammeChat(request: BindProgrammeChatRequest): Promise<{ traineeName: string }>;
  /** `fjern tilknytning` in a bound chat: only a participant of its programme; undefined when the chat had none. */
  unbindProgrammeChat(actorId: PersonId, chatId: string): Promise<{ traineeName: string } | undefined>;
  /** A participant asks the app to create the programme's chat (Microsoft Graph). */
  createProgrammeChat(request: { actorId: PersonId; programmeId: string }): Promise<CreateProgrammeChatOutcome>;
}

export interface ProgrammeChatUseCaseDeps {
  programmes: ProgrammeRepository;
  people: PersonDirectory;
  clock: Clock;
  notifier: Notifier;
  /** Without it no chat is ever bound, and every programme card goes to the personal chats. */
  programmeChat?: ProgrammeChatDeps;
}

export function programmeChatUseCases(deps: ProgrammeChatUseCaseDeps): ProgrammeChatUseCases {
  const all = { ...deps, programmeChat: deps.programmeChat ?? withoutChats(deps.notifier) };
  return {
    deliverToProgramme: (request) => deliverToProgramme(all, request),
    programmeChatOffer: (actorId, chat, memberIds) => programmeChatOffer(all, actorId, chat, memberIds),
    bindProgrammeChat: (request) => bindProgrammeChat(all, request),
    unbindProgrammeChat: (actorId, chatId) => unbindProgrammeChat(all, actorId, chatId),
    createProgrammeChat: (request) => createProgrammeChat(all, request),
  };
}

/** No place to keep chats: nothing is bound, and cards reach people through the plain notifier. */
function withoutChats(notifier: Notifier): ProgrammeChatDeps {
  const silent = () => undefined;
  return {
    store: {
      forProgramme: async () => undefined,
      forChat: async () => undefined,
      bind: async () => {
        throw new Error('No storage for programme chats was configured');
      },
      unbind: async () => undefined,
    },
    delivery: {
      deliver: async (to, language, notice) => {
        await notifier.notify(to, language, notice);
        return 'delivered';
      },
      deliverToConversation: async () => 'unreachable',
    },
    conversationReferences: { save: async () => undefined, listForUser: async () => [], markStale: async () => undefined },
    logger: { info: silent, warn: silent, error: silent },
  };
}
