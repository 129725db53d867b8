/** How the bot answers with a booking proposal or outcome: the proposals card, or a short text. */
import { TurnContext } from 'botbuilder';
import { BookingProposal } from '../application/booking/proposeBooking';
import { BookingOutcome } from '../application/booking/bookConversation';
import { bookingTextsFor, formatDay, Language, renderBookingConfirmationCard, renderBookingProposalsCard } from '../cards';
import { cardMessage } from './replies';

export async function replyWithProposal(context: TurnContext, language: Language, proposal: BookingProposal, notice?: string): Promise<void> {
  const texts = bookingTextsFor(language);
  if (proposal.outcome === 'nothingToBook') {
    await context.sendActivity([notice, proposal.reason ? proposal.reason[language] : texts.nothingToBook].filter(Boolean).join(' '));
    return;
  }
  await context.sendActivity(cardMessage(renderBookingProposalsCard({ language, proposal, ...(notice ? { notice } : {}) })));
}

export async function replyWithOutcome(context: TurnContext, language: Language, outcome: BookingOutcome, start: string): Promise<void> {
  const texts = bookingTextsFor(language);
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
      const day = outcome.problem === 'malformed' ? '' : formatDay(start, language);
      const text = outcome.dayOff
        ? texts.invalidTime.dayOff.replace('{holiday}', outcome.dayOff[language])
        : texts.invalidTime[outcome.problem];
      await context.sendActivity(capitalise(text.replace('{date}', day)));
      return;
    }
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
