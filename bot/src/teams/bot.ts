/**
 * The activity handler: it only dispatches. Messages go to the command router, installs get the
 * welcome card, and every activity's conversation reference is remembered under the acting
 * person. It holds no state of its own, so one instance serves all turns. Activities that may not
 * act (see actingPerson.ts) never get here: the endpoint stops them.
 */
import { Activity, AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TeamsActivityHandler, TurnContext } from 'botbuilder';
import { AidLink, Language, languageOf } from '../cards';
import { inLanguage } from '../domain/localizedText';
import { BOT_MESSAGE_TEXTS } from './botMessageTexts';
import { actOnce } from '../application/actOnce';
import { ConversationReferenceStore, HandledActivities } from '../application/ports';
import { rememberConversation } from '../application/rememberConversation';
import { UseCases } from '../application/useCases';
import { commandTextOf } from './commandText';
import { CommandRouter } from './commands';
import { ActingPerson, ChannelPolicy, actingPersonOf } from './actingPerson';
import { conversationReferenceOf } from './conversationReference';
import { answerFailure } from './failureReplies';
import { CardActionRegistry, cardActionOf } from './cardActions';
import { botCardActions, botCommands } from './botVocabulary';
import { Logger } from './logger';
import { isInstallation, sendWelcome } from './welcome';
import { isAddedToGroupChat, offerProgrammeChat } from './programmeChatCommand';
import { UniversalActions } from './universalActions';
import { botCardViews, botExecuteActions } from './botVocabulary';
import { answerMeetingEnd, answerMeetingStart } from './meetingEvents';

export interface BotDeps {
  /** Every user intent; the bot calls these and nothing of storage. */
  useCases: UseCases;
  conversationReferences: ConversationReferenceStore;
  /** Keeps a retried delivery of the same activity from acting twice. */
  handledActivities: HandledActivities;
  /** Links to the programme's aids (hjælperedskaber), shown by the help command. */
  aids: readonly AidLink[];
  /** Deep link to the personal tab, when known. */
  programmeTabUrl?: string;
  /** Which channels and tenants may act; also how every handler learns who is acting. */
  channelPolicy: ChannelPolicy;
  logger: Logger;
}

export class LedertraineeBot extends TeamsActivityHandler {
  private readonly universal: UniversalActions;

  constructor(private readonly deps: BotDeps) {
    super();
    const router = new CommandRouter(botCommands(deps));
    const universal = new UniversalActions(botCardViews(deps), botExecuteActions(deps), deps);
    // Action.Execute verbs answer an Action.Submit fallback too, through the same handlers.
    const actions = new CardActionRegistry([...botCardActions(deps), ...universal.submitFallbacks()]);
    this.universal = universal;

    this.onTurn(async (context, next) => {
      // The save runs beside the answer rather than before it, and is awaited before the turn ends
      // so the HTTP response to the channel means "handled and remembered".
      const remembering = rememberSafely(context.activity, deps);
      try {
        await next();
      } finally {
        await remembering;
      }
    });

    this.onMessage(async (context, next) => {
      await answerMessage(context, router, actions, deps);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      // Added to a group chat: not the personal welcome but the question which programme the chat is for.
      if (isAddedToGroupChat(context.activity)) {
        const person = actingPersonOf(context.activity, deps.channelPolicy);
        if (!person) return next();
        const language = await languageFor(context, person, deps);
        const { conversation, id } = context.activity;
        await actOnce(bestEffort(deps), { conversationId: conversation.id, activityId: id }, () =>
          offerProgrammeChat(context, deps.useCases, person.personId, language).catch(async (error: unknown) => {
            if (!(await answerFailure(context, error, language, deps.logger))) throw error;
          }),
        );
      } else if (isInstallation(context.activity)) {
        const { conversation, id } = context.activity;
        const person = actingPersonOf(context.activity, deps.channelPolicy);
        const language = person ? await languageFor(context, person, deps) : languageOf(context.activity.locale);
        await actOnce(bestEffort(deps), { conversationId: conversation.id, activityId: id }, () => sendWelcome(context, language));
      }
      await next();
    });

    // A booked conversation's Teams meeting: its card at the start, afholdt and documenting at the end.
    this.onTeamsMeetingStartEvent(async (meeting, context, next) => {
      await answerMeetingStart(context, meeting, deps);
      await next();
    });
    this.onTeamsMeetingEndEvent(async (meeting, context, next) => {
      await answerMeetingEnd(context, meeting, deps);
      await next();
    });
  }

  /** A card's Action.Execute (and its refresh): answered with the card to show now (teams/universalActions.ts). */
  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const acting = actingPersonOf(context.activity, this.deps.channelPolicy);
    if (!acting) return { statusCode: 403, type: 'application/vnd.microsoft.error', value: { code: 'Forbidden', message: 'No acting person' } as never };
    const person = { ...acting, name: context.activity.from?.name ?? '' };
    const language = await languageFor(context, acting, this.deps);
    const data = invokeValue.action.data;
    const answer = await this.universal.execute(context, language, person, invokeValue.action.verb, typeof data === 'object' && data !== null ? data : {});
    return UniversalActions.invokeResponse(answer);
  }
}

/** A card button (Action.Submit: a message with a `value`) or typed text: one handler answers it. */
async function answerMessage(context: TurnContext, router: CommandRouter, actions: CardActionRegistry, deps: BotDeps): Promise<void> {
  // The endpoint lets only activities with an acting person through; this guards the type.
  const acting = actingPersonOf(context.activity, deps.channelPolicy);
  if (!acting) return;
  const person = { ...acting, name: context.activity.from?.name ?? '' };
  const language = await languageFor(context, acting, deps);
  try {
    const pressed = cardActionOf(context.activity.value);
    if (pressed) {
      const action = actions.find(pressed.verb);
      if (!action) {
        deps.logger.warn({ verb: pressed.verb }, 'A card action with an unknown verb');
        await context.sendActivity(inLanguage(BOT_MESSAGE_TEXTS, language).fallback);
        return;
      }
      await action.run({ context, language, person, data: pressed.data });
      return;
    }
    const match = router.match(commandTextOf(context));
    if (!match) {
      await context.sendActivity(inLanguage(BOT_MESSAGE_TEXTS, language).fallback);
      return;
    }
    await match.command.run({ context, language, person, args: match.args, commands: router.commands });
  } catch (error) {
    if (!(await answerFailure(context, error, language, deps.logger))) throw error;
  }
}

/**
 * The language to answer in: the person's own choice, else what their client reports. When
 * storage cannot say, the client's locale decides: an answer in the wrong language beats none.
 */
async function languageFor(context: TurnContext, person: ActingPerson, deps: BotDeps): Promise<Language> {
  const reported = context.activity.locale;
  try {
    return await deps.useCases.languageForTurn({ id: person.personId, name: context.activity.from?.name ?? '' }, reported);
  } catch (error) {
    deps.logger.error({ err: error }, 'Could not look up the language of the sender');
    return languageOf(reported);
  }
}

/**
 * When storage cannot say whether an activity was handled, act: a second welcome is better than none.
 */
function bestEffort(deps: BotDeps): HandledActivities {
  return {
    markHandled: async (conversationId, activityId) => {
      try {
        return await deps.handledActivities.markHandled(conversationId, activityId);
      } catch (error) {
        deps.logger.error({ err: error, conversationId, activityId }, 'Could not record the activity as handled');
        return true;
      }
    },
  };
}

/** Never rejects: a storage failure is logged, and the user still gets an answer. */
async function rememberSafely(activity: Activity, deps: BotDeps): Promise<void> {
  const person = actingPersonOf(activity, deps.channelPolicy);
  const reference = conversationReferenceOf(activity);
  if (!person || !reference) {
    deps.logger.warn({ activityType: activity.type, activityId: activity.id }, 'Activity without acting person or conversation: not remembered');
    return;
  }
  try {
    await rememberConversation(deps.conversationReferences, person, reference);
  } catch (error) {
    deps.logger.error(
      { err: error, activityType: activity.type, conversationId: activity.conversation?.id },
      'Could not save the conversation reference',
    );
  }
}
