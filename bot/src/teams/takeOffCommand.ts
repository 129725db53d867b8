/**
 * "take-off" (programme admins): a card to create the take-off event and the newest events with
 * their registrations; its create button, and the trainee's register button on the invitation.
 * A refused event comes back on the card with the reason and the input kept (nothing stored).
 */
import { TurnContext } from 'botbuilder';
import { UseCases } from '../application/useCases';
import { CARD_VERBS, Language, renderTakeOffAdminCard, TAKE_OFF_TEXTS } from '../cards';
import { calendarDateText } from '../domain/calendarDateText';
import { DomainError } from '../domain/errors';
import { inLanguage } from '../domain/localizedText';
import { CardActionDefinition } from './cardActions';
import { CommandDefinition } from './commands';
import { cardMessage } from './replies';

type TakeOffUseCases = Pick<UseCases, 'takeOffOverview' | 'createTakeOffEvent' | 'registerTakeOff'>;

interface Shown {
  message?: string;
  error?: string;
  values?: { date?: string; place?: string; description?: string };
}

async function showTakeOff(useCases: TakeOffUseCases, context: TurnContext, language: Language, personId: string, shown: Shown = {}) {
  const overview = await useCases.takeOffOverview(personId);
  const card = renderTakeOffAdminCard({ language, ...overview, ...shown });
  await context.sendActivity(cardMessage(card));
}

export function takeOffCommand(useCases: TakeOffUseCases): CommandDefinition {
  return {
    name: 'takeOff',
    words: ['take-off', 'takeoff', 'take off'],
    async run({ context, language, person }) {
      await showTakeOff(useCases, context, language, person.personId);
    },
  };
}

export function takeOffActions(useCases: TakeOffUseCases): CardActionDefinition[] {
  const create: CardActionDefinition = {
    verb: CARD_VERBS.takeOffCreate,
    async run({ context, language, person, data }) {
      const values = { date: text(data.date), place: text(data.place), description: text(data.description) };
      let message: string;
      try {
        const { event, invited } = await useCases.createTakeOffEvent({ actorId: person.personId, ...values });
        message = inLanguage(TAKE_OFF_TEXTS, language).created({ date: calendarDateText(event.date), count: invited });
      } catch (error) {
        // Refused input comes back on the card as typed; a missing right or anything else is answered as usual.
        if (!(error instanceof DomainError) || error.category !== 'validation') throw error;
        await showTakeOff(useCases, context, language, person.personId, { error: error.messageFor(language), values });
        return;
      }
      await showTakeOff(useCases, context, language, person.personId, { message });
    },
  };

  const register: CardActionDefinition = {
    verb: CARD_VERBS.takeOffRegister,
    async run({ context, language, person, data }) {
      const { event } = await useCases.registerTakeOff({
        actorId: person.personId,
        eventId: text(data.eventId),
        needsNow: text(data.needsNow),
        wantsApplicationGuidance: toggle(data.wantsApplicationGuidance),
        joinNetwork: toggle(data.joinNetwork),
      });
      await context.sendActivity(inLanguage(TAKE_OFF_TEXTS, language).registered({ date: calendarDateText(event.date), place: event.place }));
    },
  };
  return [create, register];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Input.Toggle sends its valueOn/valueOff as text. */
function toggle(value: unknown): boolean {
  return value === true || value === 'true';
}
