/**
 * The programme's chat made by the app itself, when Microsoft Graph is configured: a group chat of
 * the three (topic "Ledertrainee: <name>"), the app installed in it, the chat bound to the
 * programme. It happens when HR accepts the nomination, or when a participant asks for it
 * (`tilknyt` in the personal chat). A bot cannot start a group chat on its own; Graph can.
 *
 * Graph refusing or failing changes nothing of the programme: the failure is logged, nothing is
 * bound, and the programme's cards keep going to the personal chats. A chat that was created but
 * where the app could not be installed is logged with its id and left unbound (the bot cannot write
 * there); any of the three can still add the bot to it and bind it with one click.
 */
import { roleIn } from '../../domain/access';
import { forbidden } from '../../domain/messages';
import { PersonId } from '../../domain/people';
import { ConversationReferenceStore, StoredConversationReference } from '../ports';
import { Programme } from '../../domain/programme';
import { BindingDeps } from './bindProgrammeChat';
import { CreateProgrammeChatOutcome } from './programmeChatTypes';

/** A participant asks for the programme's chat. */
export async function createProgrammeChat(deps: BindingDeps, request: { actorId: PersonId; programmeId: string }): Promise<CreateProgrammeChatOutcome> {
  const { programme } = await deps.programmes.load(request.programmeId);
  if (!roleIn(programme.toState(), request.actorId)) throw forbidden('notParticipant');
  const traineeName = programme.trainee.name;
  const existing = await deps.programmeChat.store.forProgramme(programme.id);
  if (existing) return { outcome: 'exists', chatId: existing.chatId, traineeName };
  if (!deps.programmeChat.creator) return { outcome: 'notConfigured', traineeName };
  return openProgrammeChat(deps, programme, request.actorId);
}

/**
 * Creates, installs and binds; never rejects (every failure is logged and answered `failed`), so a
 * use case can call it after its own change is saved without risking that change's answer.
 */
export async function openProgrammeChat(deps: BindingDeps, programme: Programme, by: PersonId): Promise<CreateProgrammeChatOutcome> {
  const { creator, store, logger } = deps.programmeChat;
  const traineeName = programme.trainee.name;
  if (!creator) return { outcome: 'notConfigured', traineeName };
  const log = { programmeId: programme.id };
  const memberIds = programme.participants().map((p) => p.person.id);
  if (memberIds.length < 3) {
    logger.warn(log, "No programme chat yet: the programme has no HR consultant attached");
    return { outcome: 'failed', traineeName };
  }
  let chat: { chatId: string; tenantId?: string };
  try {
    chat = await creator.createGroupChat({ topic: `Ledertrainee: ${traineeName}`.slice(0, 250), memberIds });
  } catch (error) {
    logger.error({ ...log, err: error }, "Microsoft Graph could not create the programme's chat; cards go to the personal chats");
    return { outcome: 'failed', traineeName };
  }
  try {
    await creator.installApp(chat.chatId);
  } catch (error) {
    logger.error(
      { ...log, chatId: chat.chatId, err: error },
      "Microsoft Graph created the programme's chat but could not install the app there; the chat is not bound, cards go to the personal chats",
    );
    return { outcome: 'failed', traineeName };
  }
  try {
    const reference = await chatReference(deps.programmeChat.conversationReferences, memberIds, chat.chatId, chat.tenantId ?? deps.programmeChat.tenantId);
    await store.bind({ programmeId: programme.id, chatId: chat.chatId, ...(reference ? { reference } : {}), origin: 'graph', boundBy: by, boundAt: deps.clock.now().toISOString() });
  } catch (error) {
    logger.error({ ...log, chatId: chat.chatId, err: error }, "The programme's chat was created but could not be bound");
    return { outcome: 'failed', traineeName };
  }
  logger.info({ ...log, chatId: chat.chatId }, "The programme's chat was created through Microsoft Graph");
  return { outcome: 'created', chatId: chat.chatId, traineeName };
}

/**
 * Where the bot writes into a chat it has not heard from yet: the chat's id with the channel's
 * service address and the bot's account from a participant's own conversation with the bot (Teams
 * serves a tenant from one regional address). Undefined when none of them has written to the bot:
 * the reference is then completed the first time anyone writes to the bot in that chat.
 */
async function chatReference(
  store: ConversationReferenceStore,
  memberIds: readonly PersonId[],
  chatId: string,
  tenantId: string | undefined,
): Promise<StoredConversationReference | undefined> {
  for (const id of memberIds) {
    const known = (await store.listForUser(id).catch(() => []))[0];
    if (!known) continue;
    const tenant = tenantId || known.conversation.tenantId;
    return {
      ...(known.channelId ? { channelId: known.channelId } : {}),
      ...(known.bot ? { bot: known.bot } : {}),
      serviceUrl: known.serviceUrl,
      conversation: { id: chatId, conversationType: 'groupChat', isGroup: true, ...(tenant ? { tenantId: tenant } : {}) } as StoredConversationReference['conversation'],
    };
  }
  return undefined;
}
