/** How the bot answers with a booking proposal or outcome: the proposals card, or a short text. */
import { TurnContext } from 'botbuilder';
import { BookingProposal } from '../application/booking/proposeBooking';
import { BookingOutcome } from '../application/booking/bookConversation';
import { BOOKING_TEXTS, formatDay, Language, renderBookingConfirmationCard, renderBookingProposalsCard } from '../cards';
import { inLanguage } from '../domain/localizedText';
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
    case 'invalidTime': {
      const date = outcome.problem === 'malformed' ? '' : formatDay(start, language);
      const { problem, dayOff } = outcome;
      await context.sendActivity(texts.invalidTime({ problem, date, ...(dayOff ? { dayOff } : {}), command: BOOKING_TEXTS.command }));
      return;
    }
  }
}
