/**
 * The buttons of booking: choose a programme's conversation, book a proposed time (or move a
 * conversation to it), ask for new times to move to, cancel with a reason. The acting person is
 * always the sender; ids in the data only say which programme and conversation.
 */
import { UseCases } from '../application/useCases';
import { CONVERSATION_KINDS } from '../domain/conversationKinds';
import { invalid } from '../domain/messages';
import { ConversationKind } from '../domain/state';
import { CARD_VERBS, renderBookingConfirmationCard } from '../cards';
import { CardActionDefinition } from './cardActions';
import { replyWithOutcome, replyWithProposal } from './bookingReplies';
import { cardMessage } from './replies';

type BookingUseCases = Pick<UseCases, 'proposeBooking' | 'bookConversation' | 'cancelConversation'>;

export function bookingActions(useCases: BookingUseCases): CardActionDefinition[] {
  return [
    {
      verb: CARD_VERBS.bookingChoose,
      async run({ context, language, person, data }) {
        const proposal = await useCases.proposeBooking({ actorId: person.personId, programmeId: idIn(data, 'programmeId'), kind: kindIn(data) });
        await replyWithProposal(context, language, proposal);
      },
    },
    {
      verb: CARD_VERBS.bookingBook,
      async run({ context, language, person, data }) {
        const start = typeof data.start === 'string' ? data.start : '';
        const conversationId = data.conversationId === undefined ? undefined : idIn(data, 'conversationId');
        const outcome = await useCases.bookConversation({
          actorId: person.personId,
          actorName: person.name,
          programmeId: idIn(data, 'programmeId'),
          kind: kindIn(data),
          start,
          ...(conversationId ? { conversationId } : {}),
        });
        await replyWithOutcome(context, language, outcome, start);
      },
    },
    {
      verb: CARD_VERBS.bookingMove,
      async run({ context, language, person, data }) {
        const proposal = await useCases.proposeBooking({
          actorId: person.personId,
          programmeId: idIn(data, 'programmeId'),
          conversationId: idIn(data, 'conversationId'),
        });
        await replyWithProposal(context, language, proposal);
      },
    },
    {
      verb: CARD_VERBS.bookingCancel,
      async run({ context, language, person, data }) {
        const booking = await useCases.cancelConversation({
          actorId: person.personId,
          actorName: person.name,
          programmeId: idIn(data, 'programmeId'),
          conversationId: idIn(data, 'conversationId'),
          reason: typeof data.reason === 'string' ? data.reason : '',
        });
        await context.sendActivity(
          cardMessage(renderBookingConfirmationCard({ language, booking, change: 'cancelled', reason: typeof data.reason === 'string' ? data.reason.trim() : '' })),
        );
      },
    },
  ];
}

function idIn(data: Readonly<Record<string, unknown>>, field: string): string {
  const value = data[field];
  if (typeof value !== 'string' || value === '') throw invalid('required', field);
  return value;
}

function kindIn(data: Readonly<Record<string, unknown>>): ConversationKind {
  const kind = data.kind;
  if (typeof kind !== 'string' || !(CONVERSATION_KINDS as readonly string[]).includes(kind)) throw invalid('invalidChoice', 'kind');
  return kind as ConversationKind;
}
