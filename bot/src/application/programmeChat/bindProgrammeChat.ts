/**
 * Binding a Teams group chat to a programme, without Microsoft Graph: one of the three adds the
 * bot to a group chat, the bot offers the programmes the sender takes part in, one click binds.
 * Only a participant of the programme (ledertrainee, nærmeste leder, HR-konsulent) may bind or
 * unbind it; anyone else is refused with a text that names nobody. Programme admins and the
 * department's other HR consultants see the programme elsewhere, but a chat is the three's own.
 */
import { roleIn } from '../../domain/access';
import { forbidden, invalid } from '../../domain/messages';
import { PersonId } from '../../domain/people';
import { ProgrammeRepository } from '../../domain/ports';
import { Clock, StoredConversationReference } from '../ports';
import { BindProgrammeChatRequest, ProgrammeChatChoice, ProgrammeChatDeps, ProgrammeChatOffer } from './programmeChatTypes';

export interface BindingDeps {
  programmes: ProgrammeRepository;
  clock: Clock;
  programmeChat: ProgrammeChatDeps;
}

/**
 * What the bot offers in a group chat: the chat's programme (to its participants), else the
 * sender's programmes to choose from — only those whose three people are all in the chat when its
 * members are known (`memberIds`), so a card never names a trainee to a chat they are not in.
 */
export async function programmeChatOffer(
  deps: BindingDeps,
  actorId: PersonId,
  chat: StoredConversationReference,
  memberIds?: readonly PersonId[],
): Promise<ProgrammeChatOffer> {
  if (chat.conversation.conversationType !== 'groupChat') {
    if (!deps.programmeChat.creator) return { kind: 'howTo' };
    return { kind: 'create', choices: await choicesOf(deps, actorId) };
  }
  const bound = await deps.programmeChat.store.forChat(chat.conversation.id);
  if (bound) {
    const { programme } = await deps.programmes.load(bound.programmeId);
    if (!roleIn(programme.toState(), actorId)) return { kind: 'boundElsewhere' };
    // A chat the app created before anyone had written to the bot: now the bot knows where to write.
    if (!bound.reference) await deps.programmeChat.store.bind({ ...bound, reference: chat });
    return { kind: 'bound', programmeId: programme.id, traineeName: programme.trainee.name };
  }
  const choices = await choicesOf(deps, actorId);
  return { kind: 'choose', choices: memberIds ? choices.filter((c) => c.participantIds.every((id) => memberIds.includes(id))) : choices };
}

/** The open programmes the person takes part in, and whether each has a chat already. */
async function choicesOf(deps: BindingDeps, actorId: PersonId): Promise<ProgrammeChatChoice[]> {
  const programmes = (await deps.programmes.listForPerson(actorId)).filter((p) => !p.isClosed);
  const withChats = await Promise.all(programmes.map((p) => deps.programmeChat.store.forProgramme(p.id)));
  return programmes.flatMap((p, i) => {
    const role = roleIn(p.toState(), actorId);
    const participantIds = p.participants().map((x) => x.person.id);
    return role ? [{ programmeId: p.id, traineeName: p.trainee.name, role, hasChat: withChats[i] !== undefined, participantIds }] : [];
  });
}

/** Binds the group chat the button was pressed in to the programme; only its participants may. */
export async function bindProgrammeChat(deps: BindingDeps, request: BindProgrammeChatRequest): Promise<{ traineeName: string }> {
  if (typeof request.programmeId !== 'string' || request.programmeId === '') throw invalid('required', 'id');
  const type = request.chat.conversation.conversationType;
  if (type !== 'groupChat') throw forbidden('programmeChatOnlyInGroupChat');
  const { programme } = await deps.programmes.load(request.programmeId);
  if (!roleIn(programme.toState(), request.actorId)) throw forbidden('notParticipant');
  // The programme's cards go to everyone in the chat: all three must be in it (named to nobody here).
  const members = request.memberIds;
  if (members && !programme.participants().every((p) => members.includes(p.person.id))) throw forbidden('programmeChatNeedsAllThree');
  await deps.programmeChat.store.bind({
    programmeId: programme.id,
    chatId: request.chat.conversation.id,
    reference: request.chat,
    origin: 'teams',
    boundBy: request.actorId,
    boundAt: deps.clock.now().toISOString(),
  });
  deps.programmeChat.logger.info({ programmeId: programme.id, chatId: request.chat.conversation.id, by: request.actorId }, "A group chat was bound as the programme's chat");
  return { traineeName: programme.trainee.name };
}

/** Unbinds the chat from its programme (`fjern tilknytning`); only a participant of that programme may. Undefined when the chat had none. */
export async function unbindProgrammeChat(deps: BindingDeps, actorId: PersonId, chatId: string): Promise<{ traineeName: string } | undefined> {
  const bound = await deps.programmeChat.store.forChat(chatId);
  if (!bound) return undefined;
  const { programme } = await deps.programmes.load(bound.programmeId);
  if (!roleIn(programme.toState(), actorId)) throw forbidden('notParticipant');
  await deps.programmeChat.store.unbind(programme.id);
  deps.programmeChat.logger.info({ programmeId: programme.id, chatId, by: actorId }, "The programme's chat was unbound");
  return { traineeName: programme.trainee.name };
}
