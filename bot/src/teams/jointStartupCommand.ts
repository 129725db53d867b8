/**
 * `book fælles opstartsmøde` (also `book fælles møde`, `book joint start-up`): an HR consultant
 * chooses several trainees of the department on a card, gets times when everyone is free, and one
 * click books the joint start-up meeting in every chosen programme. Who acts is always the sender;
 * the card only says which programmes and which time, and the use case checks both against storage.
 */
import { TurnContext } from 'botbuilder';
import { JointStartupOutcome, JointStartupProposal } from '../application/booking/jointStartup';
import { UseCases } from '../application/useCases';
import {
  CARD_VERBS,
  JOINT_STARTUP_TEXTS,
  Language,
  renderBookingConfirmationCard,
  renderJointStartupChoiceCard,
  renderJointStartupProposalsCard,
} from '../cards';
import { inLanguage } from '../domain/localizedText';
import { CardActionDefinition } from './cardActions';
import { CommandDefinition } from './commands';
import { invalidTimeReply } from './bookingReplies';
import { cardMessage } from './replies';

type JointStartupUseCases = Pick<UseCases, 'jointStartupCandidates' | 'proposeJointStartup' | 'bookJointStartup'>;

export function jointStartupCommand(useCases: JointStartupUseCases): CommandDefinition {
  return {
    name: 'jointStartup',
    // Longer than `book`, so the router picks this command for these words.
    words: [
      'book fælles opstartsmøde',
      'book fælles møde',
      'book fælles opstart',
      'aftal fælles opstartsmøde',
      'aftal fælles møde',
      'book joint start-up',
      'book joint startup',
      'book joint start-up meeting',
      'book joint meeting',
    ],
    understands: [/\bfælles (opstarts)?møde\b/, /\bjoint (start-?up )?meeting\b/],
    async run({ context, language, person }) {
      const start = await useCases.jointStartupCandidates(person.personId);
      const texts = inLanguage(JOINT_STARTUP_TEXTS, language);
      if (start.outcome === 'nothingToBook') {
        const said = start.reason === 'onlyOne' ? texts.onlyOne({ trainee: start.traineeName ?? '' }) : texts[start.reason];
        await context.sendActivity(said);
        return;
      }
      await context.sendActivity(cardMessage(renderJointStartupChoiceCard({ language, candidates: start.candidates })));
    },
  };
}

export function jointStartupActions(useCases: JointStartupUseCases): CardActionDefinition[] {
  return [
    {
      verb: CARD_VERBS.jointStartupPropose,
      async run({ context, language, person, data }) {
        const proposal = await useCases.proposeJointStartup({ actorId: person.personId, programmeIds: data.programmeIds });
        await replyWithProposal(context, language, proposal);
      },
    },
    {
      verb: CARD_VERBS.jointStartupBook,
      async run({ context, language, person, data }) {
        const outcome = await useCases.bookJointStartup({
          actorId: person.personId,
          actorName: person.name,
          programmeIds: data.programmeIds,
          start: data.start,
        });
        await replyWithOutcome(context, language, outcome, typeof data.start === 'string' ? data.start : '');
      },
    },
  ];
}

async function replyWithProposal(context: TurnContext, language: Language, proposal: JointStartupProposal, notice?: string): Promise<void> {
  await context.sendActivity(cardMessage(renderJointStartupProposalsCard({ language, proposal, ...(notice ? { notice } : {}) })));
}

async function replyWithOutcome(context: TurnContext, language: Language, outcome: JointStartupOutcome, start: string): Promise<void> {
  const texts = inLanguage(JOINT_STARTUP_TEXTS, language);
  switch (outcome.outcome) {
    case 'booked':
      await context.sendActivity(cardMessage(renderBookingConfirmationCard({ language, booking: outcome.booking, change: 'booked' })));
      return;
    case 'taken':
      if (outcome.proposals) await replyWithProposal(context, language, outcome.proposals, texts.takenMeanwhile);
      else await context.sendActivity([texts.takenShort, outcome.refusal?.[language]].filter(Boolean).join(' '));
      return;
    case 'invalidTime':
      // The way back to new times is this command, not `book`.
      await context.sendActivity(invalidTimeReply(language, outcome, start, JOINT_STARTUP_TEXTS.command));
      return;
  }
}
