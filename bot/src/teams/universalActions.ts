/**
 * Universal Actions: a card button's Action.Execute arrives as an `adaptiveCard/action` invoke and
 * is answered with the card to show now. Two lists drive it, as commands do:
 * - views: how to render a card (by `data.view`) for the person asking, always from stored state:
 *   the `refresh` verb, a duplicate delivery and a refused action all render a view;
 * - actions: one small handler per verb, calling one use case, answering with a card or a message.
 * Who acts is the activity's acting person (from.aadObjectId), never anything in the card's data.
 * An Action.Submit fallback (a message whose `value` holds the verb) goes through the same handlers.
 */
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { actOnce } from '../application/actOnce';
import { teamsUserIdsOf } from '../application/cardAudience';
import { ConversationReferenceStore, HandledActivities, StorageUnavailableError } from '../application/ports';
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  AdaptiveCard,
  CardNotice,
  Language,
  REFRESH_VERB,
  renderActionErrorCard,
  withSubmitFallbacks,
} from '../cards';
import { DomainError } from '../domain/errors';
import { inLanguage } from '../domain/localizedText';
import { PersonId } from '../domain/people';
import { ActingPerson } from './actingPerson';
import { BOT_MESSAGE_TEXTS } from './botMessageTexts';
import { CardActionDefinition } from './cardActions';
import { Logger } from './logger';

/** One request to render or act, as the handlers see it. */
export interface ExecuteTurn {
  context: TurnContext;
  language: Language;
  person: ActingPerson & { name: string };
  /** The action's data with the card's input values (Teams merges them). Untrusted input. */
  data: Readonly<Record<string, unknown>>;
  /**
   * Teams user ids of these people (for `refresh.userIds`); the person asking is included unless
   * `exceptAsking` (a form they are filling in must not refresh away under them).
   */
  teamsUserIds(personIds: readonly PersonId[], options?: { exceptAsking?: boolean }): Promise<string[]>;
}

export interface ViewRender {
  /** Shown on top: saved, refused (with the reason), or changed by someone else. */
  notice?: CardNotice;
  /** What the person had typed, to put back into the fields when their change was refused. */
  input?: Readonly<Record<string, unknown>>;
}

export interface CardViewDefinition {
  /** The `view` named in card data, e.g. 'agreement'. */
  view: string;
  render(turn: ExecuteTurn, options: ViewRender): Promise<AdaptiveCard>;
}

export type ExecuteAnswer = { card: AdaptiveCard } | { message: string };

export interface ExecuteActionDefinition {
  verb: string;
  /**
   * The view a repeated delivery of an action that already acted is answered with (what the first
   * delivery showed after acting); `data.view` when left out.
   */
  resultView?: string;
  run(turn: ExecuteTurn): Promise<ExecuteAnswer>;
}

export interface UniversalActionsDeps {
  handledActivities: HandledActivities;
  conversationReferences: ConversationReferenceStore;
  logger: Logger;
}

export class UniversalActions {
  private readonly views = new Map<string, CardViewDefinition>();
  private readonly actions = new Map<string, ExecuteActionDefinition>();

  constructor(
    views: readonly CardViewDefinition[],
    actions: readonly ExecuteActionDefinition[],
    private readonly deps: UniversalActionsDeps,
  ) {
    for (const view of views) {
      if (this.views.has(view.view)) throw new Error(`Two card views share the name "${view.view}"`);
      this.views.set(view.view, view);
    }
    for (const action of actions) {
      if (action.verb === REFRESH_VERB || this.actions.has(action.verb)) throw new Error(`The card verb "${action.verb}" is taken`);
      this.actions.set(action.verb, action);
    }
  }

  /** Every verb, refresh included: for the Action.Submit fallback in the card-action registry. */
  get verbs(): string[] {
    return [REFRESH_VERB, ...this.actions.keys()];
  }

  /** Whether `verb` is one of ours (an invoke with another verb is not for this registry). */
  handles(verb: string): boolean {
    return verb === REFRESH_VERB || this.actions.has(verb);
  }

  /**
   * Answers one Action.Execute (or its Action.Submit fallback). The same activity delivered again
   * acts once: the repeat gets the view as stored now.
   */
  async execute(
    context: TurnContext,
    language: Language,
    person: ActingPerson & { name: string },
    verb: string,
    data: Readonly<Record<string, unknown>>,
  ): Promise<ExecuteAnswer> {
    const turn: ExecuteTurn = { context, language, person, data, teamsUserIds: (ids, options) => this.teamsUserIds(context, person, ids, options?.exceptAsking ?? false) };
    try {
      if (verb === REFRESH_VERB) return { card: await this.render(turn, {}) };
      const action = this.actions.get(verb);
      if (!action) {
        this.deps.logger.warn({ verb }, 'An Action.Execute with an unknown verb');
        return { card: renderActionErrorCard(language, inLanguage(BOT_MESSAGE_TEXTS, language).fallback) };
      }
      let answer: ExecuteAnswer | undefined;
      const key = { conversationId: context.activity.conversation?.id ?? '', activityId: context.activity.id };
      const acted = await actOnce(this.deps.handledActivities, key, async () => {
        answer = await action.run(turn);
      });
      if (!acted) this.deps.logger.info({ verb, activityId: context.activity.id }, 'A repeated card action: answered with the stored state');
      if (answer) return answer;
      const repeat = action.resultView ? { ...turn, data: { ...turn.data, view: action.resultView } } : turn;
      return { card: await this.render(repeat, {}) };
    } catch (error) {
      return this.refused(turn, error);
    }
  }

  /** The invoke response Teams expects for an answer: the card, or a message. */
  static invokeResponse(answer: ExecuteAnswer): AdaptiveCardInvokeResponse {
    return 'card' in answer
      ? { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: withSubmitFallbacks(answer.card) as unknown as Record<string, unknown> }
      : { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: answer.message as unknown as Record<string, unknown> };
  }

  /**
   * The Action.Submit fallbacks: the same verbs as card actions, answered with the card as a new
   * message (a client without Universal Actions cannot replace the card in place).
   */
  submitFallbacks(): CardActionDefinition[] {
    return this.verbs.map((verb) => ({
      verb,
      run: async ({ context, language, person, data }) => {
        const answer = await this.execute(context, language, person, verb, data);
        // A fallback answer is a new message that everyone in the chat sees, while the card is the
        // asking person's own view (HR's notes, for one): in a shared chat it stays unposted.
        if ('card' in answer && !isPersonalChat(context)) {
          await context.sendActivity(inLanguage(BOT_MESSAGE_TEXTS, language).ownViewNotInSharedChat);
        } else if ('card' in answer) {
          await context.sendActivity({
            attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: withSubmitFallbacks(answer.card) }],
          });
        } else {
          await context.sendActivity(answer.message);
        }
      },
    }));
  }

  private async render(turn: ExecuteTurn, options: ViewRender): Promise<AdaptiveCard> {
    const name = turn.data.view;
    const view = typeof name === 'string' ? this.views.get(name) : undefined;
    if (!view) {
      this.deps.logger.warn({ view: name }, 'A card asked for a view that does not exist');
      return renderActionErrorCard(turn.language, inLanguage(BOT_MESSAGE_TEXTS, turn.language).fallback);
    }
    return view.render(turn, options);
  }

  /**
   * A refused action: a person who may not see the subject (or it is gone) gets an error card and
   * no data; a change that breaks a rule or was made from an older version gets the view as stored
   * now, with the reason on top and their input kept. Nothing else (a bug) is answered here.
   */
  private async refused(turn: ExecuteTurn, error: unknown): Promise<ExecuteAnswer> {
    if (error instanceof StorageUnavailableError) {
      this.deps.logger.error({ err: error }, 'Storage did not answer in time');
      return { card: renderActionErrorCard(turn.language, inLanguage(BOT_MESSAGE_TEXTS, turn.language).storageUnavailable) };
    }
    if (!(error instanceof DomainError)) throw error;
    this.deps.logger.info({ code: error.code, category: error.category }, 'A card action was refused');
    const text = error.messageFor(turn.language);
    const view = turn.data.view;
    const hasView = typeof view === 'string' && this.views.has(view);
    if (!hasView || error.category === 'forbidden' || error.category === 'notFound' || error.category === 'invalidState') {
      return { card: renderActionErrorCard(turn.language, text) };
    }
    try {
      const notice: CardNotice = { kind: error.category === 'conflict' ? 'conflict' : 'refused', text };
      return { card: await this.render(turn, { notice, input: turn.data }) };
    } catch (again) {
      if (again instanceof DomainError) return { card: renderActionErrorCard(turn.language, again.messageFor(turn.language)) };
      throw again;
    }
  }

  private async teamsUserIds(context: TurnContext, person: ActingPerson, personIds: readonly PersonId[], exceptAsking: boolean): Promise<string[]> {
    const others = personIds.filter((id) => id !== person.personId);
    const known = await teamsUserIdsOf(this.deps.conversationReferences, others);
    const own = context.activity.from?.id;
    return own && !exceptAsking ? [own, ...known] : known;
  }
}

function isPersonalChat(context: TurnContext): boolean {
  return (context.activity.conversation?.conversationType ?? 'personal') === 'personal';
}
