/**
 * The programme's chat in Teams: the bot added to a group chat asks which of the sender's
 * programmes it is for; `tilknyt` / `link` asks again (in a group chat) or, in the personal chat,
 * offers to create the chat (Microsoft Graph) or says how to make one; `fjern tilknytning` /
 * `unlink` unbinds. The chat is always the one the activity came from, never one named on a card.
 */
import { TeamsInfo, TurnContext } from 'botbuilder';
import { ProgrammeChatOffer } from '../application/programmeChat/programmeChatTypes';
import { UseCases } from '../application/useCases';
import { CARD_VERBS, Language, PROGRAMME_CHAT_TEXTS, renderProgrammeChatCard } from '../cards';
import { inLanguage } from '../domain/localizedText';
import { invalid } from '../domain/messages';
import { CardActionDefinition } from './cardActions';
import { CommandDefinition } from './commands';
import { conversationReferenceOf } from './conversationReference';
import { cardMessage } from './replies';

type ChatUseCases = Pick<UseCases, 'programmeChatOffer' | 'bindProgrammeChat' | 'unbindProgrammeChat' | 'createProgrammeChat'>;

/** Whether a conversationUpdate says the bot itself was just added to a group chat. */
export function isAddedToGroupChat(activity: TurnContext['activity']): boolean {
  const botId = activity.recipient?.id;
  return activity.conversation?.conversationType === 'groupChat' && (activity.membersAdded ?? []).some((m) => m.id === botId);
}

/** The bot was added to a group chat, or asked `tilknyt`: the offer for this sender in this chat. */
export async function offerProgrammeChat(context: TurnContext, useCases: Pick<UseCases, 'programmeChatOffer'>, personId: string, language: Language): Promise<void> {
  const chat = conversationReferenceOf(context.activity);
  if (!chat) return;
  const offer = await useCases.programmeChatOffer(personId, chat, await groupChatMemberIds(context));
  await context.sendActivity(cardMessage(renderProgrammeChatCard(viewOf(offer, language))));
}

export function programmeChatCommands(useCases: ChatUseCases): CommandDefinition[] {
  return [
    {
      name: 'programmeChat',
      words: ['tilknyt', 'tilknyt chat', 'tilknyt chatten', 'forløbets chat', 'link', 'link chat', "programme's chat", 'programme chat'],
      understands: [/\b(opret|lav) (en )?(gruppe)?chat\b/, /\bcreate (a )?(group )?chat\b/],
      async run({ context, language, person }) {
        await offerProgrammeChat(context, useCases, person.personId, language);
      },
    },
    {
      name: 'programmeChat',
      words: ['fjern tilknytning', 'fjern tilknytningen', 'unlink', 'unlink chat'],
      async run({ context, language, person }) {
        const texts = inLanguage(PROGRAMME_CHAT_TEXTS, language);
        const unbound = await useCases.unbindProgrammeChat(person.personId, context.activity.conversation.id);
        await context.sendActivity(unbound ? texts.unbound({ trainee: unbound.traineeName }) : texts.notBound);
      },
    },
  ];
}

export function programmeChatActions(useCases: ChatUseCases): CardActionDefinition[] {
  return [
    {
      verb: CARD_VERBS.programmeChatBind,
      async run({ context, language, person, data }) {
        const programmeId = requiredId(data.programmeId);
        const chat = conversationReferenceOf(context.activity);
        if (!chat) return;
        const memberIds = await groupChatMemberIds(context);
        const { traineeName } = await useCases.bindProgrammeChat({ actorId: person.personId, programmeId, chat, ...(memberIds ? { memberIds } : {}) });
        await context.sendActivity(inLanguage(PROGRAMME_CHAT_TEXTS, language).bindDone({ trainee: traineeName }));
      },
    },
    {
      verb: CARD_VERBS.programmeChatCreate,
      async run({ context, language, person, data }) {
        const outcomes = inLanguage(PROGRAMME_CHAT_TEXTS, language).createOutcome;
        const created = await useCases.createProgrammeChat({ actorId: person.personId, programmeId: requiredId(data.programmeId) });
        const trainee = { trainee: created.traineeName };
        const answer = { created: outcomes.created(trainee), exists: outcomes.exists(trainee), failed: outcomes.failed, notConfigured: outcomes.notConfigured };
        await context.sendActivity(answer[created.outcome]);
      },
    },
  ];
}

/**
 * Who is in the group chat (Entra object ids), from Teams' member list of the conversation; undefined
 * outside a group chat or when Teams does not say (then nothing is filtered by membership).
 */
async function groupChatMemberIds(context: TurnContext): Promise<string[] | undefined> {
  if (context.activity.conversation?.conversationType !== 'groupChat') return undefined;
  try {
    const ids: string[] = [];
    let continuationToken: string | undefined;
    // A group chat holds at most 250 people: a few pages at most.
    for (let page = 0; page < 10; page += 1) {
      const result = await TeamsInfo.getPagedMembers(context, 100, continuationToken);
      for (const member of result.members) if (member.aadObjectId) ids.push(member.aadObjectId.toLowerCase());
      continuationToken = result.continuationToken;
      if (!continuationToken) return ids;
    }
    return ids;
  } catch {
    return undefined;
  }
}

function requiredId(value: unknown): string {
  if (typeof value !== 'string' || value === '') throw invalid('required', 'id');
  return value;
}

function viewOf(offer: ProgrammeChatOffer, language: Language): Parameters<typeof renderProgrammeChatCard>[0] {
  switch (offer.kind) {
    case 'bound':
      return { language, kind: 'bound', traineeName: offer.traineeName };
    case 'boundElsewhere':
      return { language, kind: 'boundElsewhere' };
    case 'choose':
      return offer.choices.length > 0 ? { language, kind: 'choose', choices: offer.choices } : { language, kind: 'nothingToBind' };
    case 'create':
      return offer.choices.length > 0 ? { language, kind: 'create', choices: offer.choices } : { language, kind: 'nothingToBind' };
    case 'howTo':
      return { language, kind: 'howTo' };
  }
}
