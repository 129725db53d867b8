/**
 * The one way a programme's card reaches its three people: into the programme's group chat when
 * one is bound, else into each participant's personal chat. Personal notices (booking
 * confirmations, reminders, the nomination's notices) do not come here: they stay personal.
 *
 * A bound chat that Teams refuses (403/404: the bot was removed from it) is unbound, logged, and
 * the card goes to the personal chats instead; so does a card the chat did not take after the
 * notifier's retries, because a card nobody sees is worse than one seen twice.
 */
import { PersonDirectory, ProgrammeRepository } from '../../domain/ports';
import { languageOfPerson } from '../language';
import type { Notice } from '../ports';
import { DeliverToProgrammeRequest, ProgrammeCard, ProgrammeChatDeps, ProgrammeDeliveryReport, ProgrammeParticipant } from './programmeChatTypes';

export interface DeliverToProgrammeDeps {
  programmes: ProgrammeRepository;
  people: PersonDirectory;
  programmeChat: ProgrammeChatDeps;
}

export async function deliverToProgramme(deps: DeliverToProgrammeDeps, request: DeliverToProgrammeRequest): Promise<ProgrammeDeliveryReport> {
  const chat = deps.programmeChat;
  const { programme } = await deps.programmes.load(request.programmeId);
  const [people, binding] = await Promise.all([
    Promise.all(
      programme.participants().map(async ({ role, person }) => {
        const [found, references] = await Promise.all([
          deps.people.find(person.id).catch(() => undefined),
          chat.conversationReferences.listForUser(person.id).catch(() => []),
        ]);
        const personal = references.find((r) => r.conversation.conversationType === 'personal') ?? references[0];
        const teamsUserId = typeof personal?.user === 'object' && personal.user !== null ? (personal.user as { id?: unknown }).id : undefined;
        const participant: ProgrammeParticipant = {
          id: person.id,
          name: person.name,
          role,
          ...(typeof teamsUserId === 'string' && teamsUserId !== '' ? { teamsUserId } : {}),
        };
        return { participant, language: languageOfPerson(found) };
      }),
    ),
    chat.store.forProgramme(request.programmeId).catch((error: unknown) => {
      chat.logger.error({ err: error, programmeId: request.programmeId }, "Could not read the programme's chat; sending to personal chats");
      return undefined;
    }),
  ]);
  const participants = people.map((p) => p.participant);
  const log = { programmeId: request.programmeId, purpose: request.purpose };

  if (binding?.reference) {
    const language = people.every((p) => p.language === 'en') ? 'en' : 'da';
    const card = await request.cardFor({ kind: 'programmeChat', language, participants });
    const delivery = await chat.delivery.deliverToConversation(binding.reference, language, programmeCardNotice(request.programmeId, card));
    if (delivery === 'delivered') {
      return { where: 'programmeChat', chatId: binding.chatId, deliveries: [{ to: 'programmeChat', delivery }] };
    }
    if (delivery === 'unreachable') {
      chat.logger.warn({ ...log, chatId: binding.chatId }, "Teams refused the bot in the programme's chat (removed?): the chat is unbound, cards go to personal chats");
      await chat.store.unbind(request.programmeId).catch((error: unknown) => chat.logger.error({ err: error, ...log }, "Could not unbind the programme's chat"));
    } else {
      chat.logger.error({ ...log, chatId: binding.chatId }, "The programme's chat did not take the card; sending it to the personal chats");
    }
  }

  const deliveries = await Promise.all(
    people.map(async ({ participant, language }) => {
      const card = await request.cardFor({ kind: 'personal', language, participants, viewer: participant });
      return { to: participant.id, delivery: await chat.delivery.deliver(participant.id, language, programmeCardNotice(request.programmeId, card)) };
    }),
  );
  return { where: 'personal', deliveries };
}

function programmeCardNotice(programmeId: string, card: ProgrammeCard): Notice {
  return { kind: 'programmeCard', programmeId, card: card.card, ...(card.summary ? { summary: card.summary } : {}) };
}
