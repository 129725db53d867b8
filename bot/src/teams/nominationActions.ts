/**
 * The nomination card's buttons: search the directory, send the nomination (a refused nomination
 * comes back as the same card with the reason on top and the input kept; nothing is stored), and
 * the department's decision (approve, ask for more, decline) and the leader's answer. Who acts is
 * always the sender; the card data names only the programme and what was typed.
 */
import { TurnContext } from 'botbuilder';
import { ActingPerson } from '../application/ports';
import { UseCases } from '../application/useCases';
import { CARD_VERBS, Language, NominationCandidate, NominationValues, NOMINATION_TEXTS, renderNominationCard } from '../cards';
import { calendarDate } from '../domain/calendar';
import { DomainError } from '../domain/errors';
import { inLanguage } from '../domain/localizedText';
import { invalid } from '../domain/messages';
import { NominationDecision } from '../domain/nomination';
import { CardActionDefinition } from './cardActions';
import { cardMessage } from './replies';

type NominationUseCases = Pick<
  UseCases,
  'startNomination' | 'searchPeople' | 'nominate' | 'decideNomination' | 'answerNominationQuestion'
>;

interface Turn {
  context: TurnContext;
  language: Language;
  person: ActingPerson & { name: string };
}

const MIN_QUERY = 2;
const MAX_CANDIDATES = 10;

/** The search step, or straight to the form with the matches when the query finds someone. */
export async function searchStep(useCases: Pick<UseCases, 'startNomination' | 'searchPeople'>, turn: Turn, query: string): Promise<void> {
  const { context, language, person } = turn;
  const texts = inLanguage(NOMINATION_TEXTS, language).form;
  const trimmed = query.trim();
  const card = (message: string) =>
    renderNominationCard({ language, step: 'search', departments: [], candidates: [], values: { query: trimmed }, message, today: today() });
  if (trimmed === '') {
    await context.sendActivity(cardMessage(card('')));
    return;
  }
  if (trimmed.length < MIN_QUERY) {
    await context.sendActivity(cardMessage(card(texts.tooShort)));
    return;
  }
  // A leader does not nominate themselves: they are left out of the choices.
  const candidates = (await useCases.searchPeople(trimmed)).filter((p) => p.id !== person.personId);
  if (candidates.length === 0) {
    await context.sendActivity(cardMessage(card(texts.noMatches({ query: trimmed }))));
    return;
  }
  const { departments } = await useCases.startNomination();
  await context.sendActivity(
    cardMessage(renderNominationCard({ language, step: 'form', departments, candidates, values: {}, today: today() })),
  );
}

export function nominationActions(useCases: NominationUseCases): CardActionDefinition[] {
  const search: CardActionDefinition = {
    verb: CARD_VERBS.nominationSearch,
    run: (turn) => searchStep(useCases, turn, text(turn.data.query)),
  };

  const submit: CardActionDefinition = {
    verb: CARD_VERBS.nominationSubmit,
    async run({ context, language, person, data }) {
      const values: NominationValues = {
        traineeId: text(data.traineeId),
        departmentId: text(data.departmentId),
        reason: text(data.reason),
        leaderClarificationCompleted: data.leaderClarificationCompleted === true || data.leaderClarificationCompleted === 'true',
        wishedStart: text(data.wishedStart),
      };
      try {
        const result = await useCases.nominate({
          actorId: person.personId,
          traineeId: values.traineeId ?? '',
          departmentId: values.departmentId ?? '',
          reason: values.reason ?? '',
          leaderClarificationCompleted: values.leaderClarificationCompleted ?? false,
          wishedStart: values.wishedStart,
        });
        const { submitted } = inLanguage(NOMINATION_TEXTS, language);
        await context.sendActivity(submitted({ trainee: result.traineeName, department: result.departmentName, hr: result.hrNames.join(', ') }));
      } catch (error) {
        // Refused: the card comes back with the reason and what was typed. Nothing was stored.
        if (!(error instanceof DomainError) || error.category === 'invalidState') throw error;
        const { departments } = await useCases.startNomination();
        const card = renderNominationCard({
          language,
          step: 'form',
          departments,
          candidates: candidatesOf(data.candidates),
          values,
          error: error.messageFor(language),
          today: today(),
        });
        await context.sendActivity(cardMessage(card));
      }
    },
  };

  const decide = (verb: string, decision: NominationDecision): CardActionDefinition => ({
    verb,
    async run({ context, language, person, data }) {
      const programmeId = requiredId(data.programmeId);
      const { traineeName } = await useCases.decideNomination({ actorId: person.personId, programmeId, decision, text: text(data.text) });
      const { decided } = inLanguage(NOMINATION_TEXTS, language);
      await context.sendActivity(decision === 'ask' ? decided.ask : decided[decision]({ trainee: traineeName }));
    },
  });

  const answer: CardActionDefinition = {
    verb: CARD_VERBS.nominationAnswer,
    async run({ context, language, person, data }) {
      await useCases.answerNominationQuestion({ actorId: person.personId, programmeId: requiredId(data.programmeId), answer: text(data.answer) });
      await context.sendActivity(inLanguage(NOMINATION_TEXTS, language).answered);
    },
  };

  return [
    search,
    submit,
    decide(CARD_VERBS.nominationAccept, 'accept'),
    decide(CARD_VERBS.nominationAsk, 'ask'),
    decide(CARD_VERBS.nominationDecline, 'decline'),
    answer,
  ];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function requiredId(value: unknown): string {
  if (typeof value !== 'string' || value === '') throw invalid('required', 'id');
  return value;
}

/** The choices the refused card shows again: only their shape is trusted, and only for display. */
function candidatesOf(value: unknown): NominationCandidate[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((c): c is { id: string; name: string; email?: unknown } => typeof c?.id === 'string' && typeof c?.name === 'string')
    .slice(0, MAX_CANDIDATES)
    .map((c) => ({ id: c.id.slice(0, 128), name: c.name.slice(0, 200), ...(typeof c.email === 'string' ? { email: c.email.slice(0, 320) } : {}) }));
}

function today(): string {
  return calendarDate(new Date());
}
