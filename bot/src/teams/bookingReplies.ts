/** How the bot answers with a booking proposal or outcome: the proposals card, or a short text. */
import { TurnContext } from 'botbuilder';
import { BookingProposal } from '../application/booking/proposeBooking';
import { BookingOutcome } from '../application/booking/bookConversation';
import { BOOKING_TEXTS, formatDay, InvalidTime, Language, renderBookingConfirmationCard, renderBookingProposalsCard } from '../cards';
import { inLanguage, LocalizedText } from '../domain/localizedText';
import { cardMessage } from './replies';

export async function replyWithProposal(context: TurnContext, language: Language, proposal: BookingProposal, notice?: string): Promise<void> {
  const texts = inLanguage(BOOKING_TEXTS, language);
  if (proposal.outcome === 'nothingToBook') {
    await context.sendActivity([notice, proposal.reason ? proposal.reason[language] : texts.nothingToBook].filter(Boolean).join(' '));
    return;
  }
  await context.sendActivity(cardMessage(renderBookingProposalsCard({ language, proposal, ...(notice ? { notice } : {}) })));
}

export async function replyWithOutcome(context: TurnContext, language: Language, outcome: BookingOutcome, start: string): Promise<void> {
  const texts = inLanguage(BOOKING_TEXTS, language);
  switch (outcome.outcome) {
    case 'booked':
      await context.sendActivity(
        cardMessage(renderBookingConfirmationCard({ language, booking: outcome.booking, change: outcome.moved ? 'rescheduled' : 'booked' })),
      );
      return;
    case 'taken':
      if (outcome.proposals) await replyWithProposal(context, language, outcome.proposals, texts.takenMeanwhile);
      else await context.sendActivity([texts.takenShort, outcome.refusal?.[language]].filter(Boolean).join(' '));
      return;
    case 'invalidTime':
      await context.sendActivity(invalidTimeReply(language, outcome, start, BOOKING_TEXTS.command));
      return;
  }
}

/** Why the chosen time cannot be booked (a weekend, a holiday, the past …), and `command` for new times. */
export function invalidTimeReply(
  language: Language,
  { problem, dayOff }: Pick<InvalidTime, 'problem' | 'dayOff'>,
  start: string,
  command: LocalizedText,
): string {
  const date = problem === 'malformed' ? '' : formatDay(start, language);
  return inLanguage(BOOKING_TEXTS, language).invalidTime({ problem, date, ...(dayOff ? { dayOff } : {}), command });
}
