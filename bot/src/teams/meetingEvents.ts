/**
 * Teams meeting events in a booked conversation's meeting chat (they reach the bot when the app is
 * in that chat and the manifest grants OnlineMeeting.ReadBasic.Chat / ChannelMeeting.ReadBasic.Group;
 * they fire when someone actually starts or ends the meeting):
 * - meetingStart: the conversation's template card goes into the meeting chat, once per meeting
 *   (keyed on the meeting's id, so a retried or repeated start does not post it again);
 * - meetingEnd: the conversation is marked afholdt, and the chat is asked to document it, or told
 *   why it is not afholdt (part 1 before the personality-test feedback).
 * A meeting that is no booked conversation of the person who started or ended it is ignored (logged).
 * The meeting chat is shared: its cards are Danish, shown as the ledertrainee sees them, and
 * refresh into each participant's own view and language.
 */
import type { TurnContext } from 'botbuilder';
import { actOnce } from '../application/actOnce';
import { teamsUserIdsOf } from '../application/cardAudience';
import { ConversationReferenceStore, HandledActivities } from '../application/ports';
import { UseCases } from '../application/useCases';
import { AidLink } from '../cards';
import { renderConversationCard } from '../cards/conversationCards';
import { renderMeetingEndedCard } from '../cards/meetingCards';
import { ChannelPolicy, actingPersonOf } from './actingPerson';
import { Logger } from './logger';
import { cardMessage } from './replies';

export interface MeetingEventDeps {
  useCases: Pick<UseCases, 'meetingStarted' | 'meetingEnded'>;
  conversationReferences: ConversationReferenceStore;
  handledActivities: HandledActivities;
  aids: readonly AidLink[];
  channelPolicy: ChannelPolicy;
  logger: Logger;
}

/** What the meeting event says about the meeting (botbuilder's MeetingStart/EndEventDetails). */
export interface MeetingFacts {
  id: string;
  joinUrl: string;
}

/** The language of cards in a meeting chat, which all three share. */
const MEETING_CHAT_LANGUAGE = 'da' as const;

export async function answerMeetingStart(context: TurnContext, meeting: MeetingFacts, deps: MeetingEventDeps): Promise<void> {
  const acting = actingPersonOf(context.activity, deps.channelPolicy);
  if (!acting) return;
  const chatId = context.activity.conversation.id;
  const views = await deps.useCases.meetingStarted({ actorId: acting.personId, joinUrl: meeting.joinUrl });
  if (views.length === 0) {
    deps.logger.info({ chatId, meetingId: meeting.id }, 'A meeting started that is no booked conversation: ignored');
    return;
  }
  // One card per meeting, however often Teams says it started.
  const posted = await actOnce(deps.handledActivities, { conversationId: chatId, activityId: `meetingStart|${meeting.id}` }, async () => {
    for (const view of views) {
      const refreshUserIds = await teamsUserIdsOf(deps.conversationReferences, view.participants.map((p) => p.id));
      await context.sendActivity(cardMessage(renderConversationCard({ language: MEETING_CHAT_LANGUAGE, view, aids: deps.aids, refreshUserIds })));
    }
  });
  if (!posted) deps.logger.info({ chatId, meetingId: meeting.id }, 'Meeting start repeated: its card is in the chat already');
}

export async function answerMeetingEnd(context: TurnContext, meeting: MeetingFacts, deps: MeetingEventDeps): Promise<void> {
  const acting = actingPersonOf(context.activity, deps.channelPolicy);
  if (!acting) return;
  const chatId = context.activity.conversation.id;
  await actOnce(deps.handledActivities, { conversationId: chatId, activityId: context.activity.id }, async () => {
    const outcomes = await deps.useCases.meetingEnded({ actorId: acting.personId, joinUrl: meeting.joinUrl });
    if (outcomes.length === 0) deps.logger.info({ chatId, meetingId: meeting.id }, 'A meeting ended that is no booked conversation: ignored');
    for (const ended of outcomes) {
      const { view } = ended;
      // Marked afholdt before (an earlier end of the same meeting): the chat was asked already.
      if (ended.outcome === 'alreadyHeld') continue;
      const card = renderMeetingEndedCard({
        language: MEETING_CHAT_LANGUAGE,
        programmeId: view.programmeId,
        conversationId: view.conversationId,
        kind: view.kind,
        traineeName: view.traineeName,
        outcome: ended.outcome,
        ...(ended.outcome === 'refused' ? { reason: ended.reason[MEETING_CHAT_LANGUAGE] } : {}),
      });
      await context.sendActivity(cardMessage(card));
    }
  });
}
