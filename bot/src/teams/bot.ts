/**
 * The activity handler: it only dispatches. Messages go to the command router, installs get the
 * welcome card, and every activity's conversation reference is remembered under the acting
 * person. It holds no state of its own, so one instance serves all turns. Activities that may not
 * act (see actingPerson.ts) never get here: the endpoint stops them.
 */
import { Activity, TeamsActivityHandler, TurnContext } from 'botbuilder';
import { AidLink, fallbackText, languageOf } from '../cards';
import { actOnce } from '../application/actOnce';
import { ConversationReferenceStore, HandledActivities } from '../application/ports';
import { rememberConversation } from '../application/rememberConversation';
import { commandTextOf } from './commandText';
import { CommandRouter } from './commands';
import { ChannelPolicy, actingPersonOf } from './actingPerson';
import { conversationReferenceOf } from './conversationReference';
import { helpCommand } from './helpCommand';
import { Logger } from './logger';
import { isInstallation, sendWelcome } from './welcome';

export interface BotDeps {
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
  constructor(deps: BotDeps) {
    super();
    const router = new CommandRouter([helpCommand(deps)]);

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
      await answerMessage(context, router);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      if (isInstallation(context.activity)) {
        const { conversation, id } = context.activity;
        await actOnce(bestEffort(deps), { conversationId: conversation.id, activityId: id }, () => sendWelcome(context));
      }
      await next();
    });
  }
}

async function answerMessage(context: TurnContext, router: CommandRouter): Promise<void> {
  const language = languageOf(context.activity.locale);
  const match = router.match(commandTextOf(context));
  if (!match) {
    await context.sendActivity(fallbackText(language));
    return;
  }
  await match.command.run({ context, language, args: match.args, commands: router.commands });
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
