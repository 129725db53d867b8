/**
 * The conversation cards in chat: the card's view (rendered from stored state for the person asking:
 * every refresh, and after a refused action), its two buttons (Gem kladde, Dokumentér / Gem
 * referatet), each one small handler calling one use case, and the commands `samtale` (the current
 * conversation's template) and `tilbagemeldinger` (the admin's programme feedback).
 *
 * Refused answers come back on the card with each problem at its field and the person's input
 * kept; nothing is stored. A card being filled in refreshes for the others, not for the person
 * who has it open with unsaved input.
 */
import type { ConversationCardView } from '../application/conversations/conversationCardView';
import { UseCases } from '../application/useCases';
import { AdaptiveCard, AidLink, CARD_VERBS, Language } from '../cards';
import { CONVERSATION_VIEW, renderConversationCard } from '../cards/conversationCards';
import { CONVERSATION_TEXTS } from '../cards/conversationTexts';
import { renderProgrammeFeedbackCard } from '../cards/programmeFeedbackCard';
import { AnswersRefused } from '../domain/conversationForms';
import { NotFoundError } from '../domain/errors';
import { inLanguage } from '../domain/localizedText';
import { forbidden } from '../domain/messages';
import { CardActionDefinition } from './cardActions';
import { CardData, idFrom, versionFrom } from './cardInput';
import { CommandDefinition } from './commands';
import { cardMessage } from './replies';
import { CardViewDefinition, ExecuteActionDefinition, ExecuteAnswer, ExecuteTurn } from './universalActions';

type ConversationCardUseCases = Pick<
  UseCases,
  'openConversationCard' | 'currentConversationCards' | 'saveConversationDraft' | 'documentConversation' | 'recordFollowUp' | 'programmeFeedbackView'
>;

interface ConversationCardDeps {
  useCases: ConversationCardUseCases;
  aids: readonly AidLink[];
}

/** What a card sends besides the answers: never an answer itself. */
const CARD_KEYS = new Set(['view', 'programmeId', 'conversationId', 'kind', 'version', 'verb', 'action']);

function answersFrom(data: CardData): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !CARD_KEYS.has(key)));
}

async function render(
  turn: ExecuteTurn,
  deps: ConversationCardDeps,
  view: ConversationCardView,
  extra: Pick<Parameters<typeof renderConversationCard>[0], 'notice' | 'input' | 'problems'> = {},
): Promise<AdaptiveCard> {
  const ids = view.participants.map((p) => p.id);
  const refreshUserIds = await turn.teamsUserIds(ids, { exceptAsking: view.writable });
  return renderConversationCard({ language: turn.language, view, aids: deps.aids, refreshUserIds, ...extra });
}

export function conversationCardViews(deps: ConversationCardDeps): CardViewDefinition[] {
  return [
    {
      view: CONVERSATION_VIEW,
      async render(turn, { notice, input }) {
        const view = await deps.useCases.openConversationCard({
          actorId: turn.person.personId,
          programmeId: idFrom(turn.data, 'programmeId'),
          conversationId: idFrom(turn.data, 'conversationId'),
        });
        return render(turn, deps, view, { ...(notice ? { notice } : {}), ...(input ? { input: answersFrom(input) } : {}) });
      },
    },
  ];
}

export function conversationCardActions(deps: ConversationCardDeps): ExecuteActionDefinition[] {
  const uc = deps.useCases;
  const action = (verb: string, documents: boolean): ExecuteActionDefinition => ({
    verb,
    async run(turn): Promise<ExecuteAnswer> {
      const texts = inLanguage(CONVERSATION_TEXTS, turn.language);
      const request = {
        actorId: turn.person.personId,
        programmeId: idFrom(turn.data, 'programmeId'),
        conversationId: idFrom(turn.data, 'conversationId'),
        expectedVersion: versionFrom(turn.data),
        answers: answersFrom(turn.data),
      };
      const followUp = turn.data.kind === 'followUp';
      try {
        const view = !documents
          ? await uc.saveConversationDraft(request)
          : followUp
            ? await uc.recordFollowUp(request)
            : await uc.documentConversation(request);
        const saved = !documents ? texts.saved : followUp ? texts.referatSaved : texts.documented;
        return { card: await render(turn, deps, view, { notice: { kind: 'saved', text: saved } }) };
      } catch (error) {
        if (!(error instanceof AnswersRefused)) throw error;
        // Every problem at its field, the person's input kept; nothing was stored.
        const view = await uc.openConversationCard(request);
        const problems = error.problems.map((p) => ({ key: p.key, text: p.text[turn.language] }));
        return { card: await render(turn, deps, view, { notice: { kind: 'refused', text: error.messageFor(turn.language) }, input: request.answers, problems }) };
      }
    },
  });
  return [action(CARD_VERBS.conversationSaveDraft, false), action(CARD_VERBS.conversationDocument, true)];
}

/** The cards of the person's current conversations as messages (no refresh for the reader: they are about to fill it in). */
async function sendCards(context: Parameters<CommandDefinition['run']>[0]['context'], language: Language, views: readonly ConversationCardView[], deps: ConversationCardDeps) {
  for (const view of views) await context.sendActivity(cardMessage(renderConversationCard({ language, view, aids: deps.aids })));
}

/** `samtale` / `conversation`: the template of the current conversation of each of the person's programmes. */
export function conversationCommand(deps: ConversationCardDeps): CommandDefinition {
  return {
    name: 'conversation',
    words: ['samtale', 'samtalen', 'skabelon', 'conversation', 'template', 'referat'],
    understands: [/\b(udfyld|dokumenter|dokumentér)\w* (samtalen|skabelonen|referatet)\b/],
    async run({ context, language, person }) {
      const views = await deps.useCases.currentConversationCards(person.personId);
      if (views.length === 0) {
        await context.sendActivity(CONVERSATION_TEXTS.noCurrentConversation[language]);
        return;
      }
      await sendCards(context, language, views, deps);
    },
  };
}

/** A button on another card (status, booking confirmation) that sends a conversation's card as a new message. */
export function conversationShowAction(deps: ConversationCardDeps): CardActionDefinition {
  return {
    verb: CARD_VERBS.conversationShow,
    async run({ context, language, person, data }) {
      const view = await deps.useCases.openConversationCard({
        actorId: person.personId,
        programmeId: idFrom(data, 'programmeId'),
        conversationId: idFrom(data, 'conversationId'),
      });
      await sendCards(context, language, [view], deps);
    },
  };
}

/** `tilbagemeldinger` / `feedback` (programme admins): the programme feedback from every transition interview. */
export function programmeFeedbackCommand(deps: ConversationCardDeps): CommandDefinition {
  return {
    name: 'feedback',
    words: ['tilbagemeldinger', 'tilbagemelding', 'feedback', 'programme feedback'],
    async run({ context, language, person }) {
      // The tab's read answers others "not found" (a list they do not see); in chat, say who may.
      const { items } = await deps.useCases.programmeFeedbackView(person.personId).catch((error: unknown) => {
        throw error instanceof NotFoundError ? forbidden('onlyProgrammeAdminReadsFeedback') : error;
      });
      await context.sendActivity(cardMessage(renderProgrammeFeedbackCard({ language, items })));
    },
  };
}
