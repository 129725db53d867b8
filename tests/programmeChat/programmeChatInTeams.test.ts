// The programme's chat without Microsoft Graph, over real HTTP with the demo in Azurite: Mette
// (nearest leader of Sofie and Ahmad) adds the bot to a group chat, gets the choice of her
// programmes there and binds the chat to Sofie's with one click; from then on Sofie's programme
// cards go to that chat and not to the three personal chats. Jonas, in no programme, sees no
// names and cannot bind; a chat the bot was removed from falls back to the personal chats.
import { seedDemo, DEMO_PROGRAMME_IDS } from '../../bot/src/demo/seedDemo';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { renderProgrammeChatCard } from '../../bot/src/cards';
import type { ProgrammeAudience } from '../../bot/src/application/programmeChat/programmeChatTypes';
import { TableStorage } from '../../bot/src/storage';
import { createAdapter, createProactiveNotifier } from '../../bot/src/teams';
import { visibleText } from '../cards/cardInspection';
import { azuriteStorage, BotServer, startBotServer } from '../support/botServer';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { asTeamsUser, TeamsUser } from '../bot/activities';
import { cardOf } from '../bot/cardOf';
import { personalChatOf, sendInPersonalChat } from '../support/chat';
import { botAddedToGroupChat, GroupChat, groupChatMessage, inGroupChat, newGroupChat } from './groupChat';

let storage: TableStorage;
let bot: BotServer;
let connector: RecordingConnector;

const mette = asTeamsUser(demoPeople.leader);
const lars = asTeamsUser(demoPeople.hrConsultant);
const sofie = asTeamsUser(demoPeople.traineeInDevelopment);
const ahmad = asTeamsUser(demoPeople.traineeInStartup);
const jonas = asTeamsUser(demoPeople.colleague);
const SOFIE = DEMO_PROGRAMME_IDS.inDevelopment;
const AHMAD = DEMO_PROGRAMME_IDS.inStartup;

const chat = newGroupChat();

beforeAll(async () => {
  storage = await azuriteStorage('progchat');
  await seedDemo(storage, new Date());
  connector = await startRecordingConnector();
  bot = await startBotServer({ storage, conversationReferences: storage.conversationReferences });
  // Everyone has written to the bot in their personal chat; Ahmad reads English.
  for (const user of [mette, lars, sofie, jonas]) await sendInPersonalChat(bot, connector, user, 'sprog dansk');
  await sendInPersonalChat(bot, connector, ahmad, 'language english', undefined, 'en-US');
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

const add = (where: GroupChat, user: TeamsUser) => inGroupChat(bot, connector, where, botAddedToGroupChat(connector.serviceUrl, where, user));
const write = (where: GroupChat, user: TeamsUser, text: string, value?: object) =>
  inGroupChat(bot, connector, where, groupChatMessage(connector.serviceUrl, where, user, text, value));
const personalCount = (user: TeamsUser) => connector.activitiesIn(personalChatOf(user)).length;

/** A programme card as the card engineers render one: here the chat card, which names the programme. */
function sendProgrammeCard(programmeId: string, audiences: ProgrammeAudience[] = []) {
  return bot.useCases.deliverToProgramme({
    programmeId,
    purpose: 'test.card',
    cardFor: (audience) => {
      audiences.push(audience);
      return { card: renderProgrammeChatCard({ language: audience.language, kind: 'bound', traineeName: `kort til ${audience.kind}` }) };
    },
  });
}

describe('a participant adds the bot to a group chat', () => {
  test('the sender gets a card in that chat with their own programmes to choose from, not the personal welcome', async () => {
    const replies = await add(chat, mette);

    expect(replies).toHaveLength(1);
    const card = cardOf(replies[0]);
    const text = visibleText(card);
    expect(text).toContain('Hvilket forløb hører chatten til?');
    expect(text).toContain('Ledertrainee: Sofie Nielsen');
    expect(text).toContain('Ledertrainee: Ahmad Rahimi');
    expect(text).toContain('Du er nærmeste leder i forløbet.');
    expect(text).not.toContain('Velkommen');
    const buttons = JSON.stringify(card);
    expect(buttons).toContain(JSON.stringify({ verb: 'programmeChat.bind', programmeId: SOFIE }));
  });

  test('in a chat of Sofie, Mette and Lars, Mette is offered Sofie\'s programme only: no card names a trainee to a chat they are not in', async () => {
    const theirs = newGroupChat();
    connector.setMembers(theirs.id, [sofie, mette, lars].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));

    const [reply] = await add(theirs, mette);

    const text = visibleText(cardOf(reply));
    expect(text).toContain('Ledertrainee: Sofie Nielsen');
    expect(text).not.toContain('Ahmad');
    // Pressing an (old or crafted) button for Ahmad's programme there is refused: Ahmad is not in the chat.
    const [refused] = await write(theirs, mette, '', { verb: 'programmeChat.bind', programmeId: AHMAD });
    expect(refused.activity.text).toBe('Før chatten kan knyttes til forløbet, skal ledertraineen, den nærmeste leder og HR-konsulenten alle være med i den.');
    expect(await storage.programmeChats.forProgramme(AHMAD)).toBeUndefined();
  });

  test('Teams delivering the same add twice asks once', async () => {
    const other = newGroupChat();
    const activity = botAddedToGroupChat(connector.serviceUrl, other, lars);
    await bot.post(activity);
    await bot.post(activity);
    expect(connector.activitiesIn(other.id)).toHaveLength(1);
  });

  test('someone in no programme who adds the bot is told there is nothing to bind, with no names', async () => {
    const theirs = newGroupChat();
    const replies = await add(theirs, jonas);

    const text = visibleText(cardOf(replies[0]));
    expect(text).toContain('Du er ikke med i et ledertraineeforløb');
    expect(text).not.toMatch(/Sofie|Ahmad|Mette|Lars/);
  });

  test('an outsider pressing the bind button (or crafting one) is refused, names nobody, and nothing is bound', async () => {
    const [inTheirChat] = await write(newGroupChat(), jonas, '', { verb: 'programmeChat.bind', programmeId: SOFIE });
    const [inMettesChat] = await write(chat, jonas, '', { verb: 'programmeChat.bind', programmeId: SOFIE });

    for (const reply of [inTheirChat, inMettesChat]) {
      expect(reply.activity.text).toBe('Det kan kun ledertraineen, den nærmeste leder og HR-konsulenten i forløbet gøre.');
    }
    expect(await storage.programmeChats.forProgramme(SOFIE)).toBeUndefined();
  });

  test('one click by Mette binds the chat to Sofie\'s programme, told in the chat', async () => {
    const [reply] = await write(chat, mette, '', { verb: 'programmeChat.bind', programmeId: SOFIE });

    expect(reply.activity.text).toContain('Chatten er nu knyttet til ledertraineeforløbet for Sofie Nielsen');
    const binding = await storage.programmeChats.forProgramme(SOFIE);
    expect(binding).toMatchObject({ programmeId: SOFIE, chatId: chat.id, origin: 'teams', boundBy: demoPeople.leader.id });
    expect(binding?.reference).toMatchObject({ serviceUrl: connector.serviceUrl, conversation: { id: chat.id, conversationType: 'groupChat' } });
    expect((await storage.programmeChats.forChat(chat.id))?.programmeId).toBe(SOFIE);
  });
});

describe("a programme's card", () => {
  test('goes to the bound group chat, once, and not to the personal chats of the three', async () => {
    const before = [mette, lars, sofie].map(personalCount);
    const inChat = connector.activitiesIn(chat.id).length;
    const audiences: ProgrammeAudience[] = [];

    const report = await sendProgrammeCard(SOFIE, audiences);

    expect(report).toEqual({ where: 'programmeChat', chatId: chat.id, deliveries: [{ to: 'programmeChat', delivery: 'delivered' }] });
    const sent = connector.activitiesIn(chat.id).slice(inChat);
    expect(sent).toHaveLength(1);
    expect(visibleText(cardOf(sent[0]))).toContain('kort til programmeChat');
    expect([mette, lars, sofie].map(personalCount)).toEqual(before);
    // One card for all three, Danish, with each participant's role and Teams id (for refresh.userIds).
    expect(audiences).toHaveLength(1);
    expect(audiences[0]).toMatchObject({ kind: 'programmeChat', language: 'da' });
    expect(audiences[0].participants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: demoPeople.traineeInDevelopment.id, role: 'trainee', teamsUserId: sofie.id }),
        expect.objectContaining({ id: demoPeople.leader.id, role: 'leader', teamsUserId: mette.id }),
        expect.objectContaining({ id: demoPeople.hrConsultant.id, role: 'hrConsultant', teamsUserId: lars.id }),
      ]),
    );
  });

  test('of a programme without a chat goes to each participant\'s personal chat, in their own language', async () => {
    const before = [mette, lars, ahmad].map(personalCount);
    const audiences: ProgrammeAudience[] = [];

    const report = await sendProgrammeCard(AHMAD, audiences);

    expect(report.where).toBe('personal');
    expect(report.deliveries.map((d) => d.delivery)).toEqual(['delivered', 'delivered', 'delivered']);
    expect([mette, lars, ahmad].map(personalCount)).toEqual(before.map((n) => n + 1));
    expect(visibleText(cardOf(connector.activitiesIn(personalChatOf(ahmad)).at(-1)))).toContain("programme's chat");
    expect(visibleText(cardOf(connector.activitiesIn(personalChatOf(mette)).at(-1)))).toContain('Forløbets chat');
    const cardsInChat = connector.activitiesIn(chat.id).flatMap((r) => (r.activity.attachments ? [visibleText(cardOf(r))] : []));
    expect(cardsInChat).not.toContainEqual(expect.stringContaining('kort til personal'));
  });
});

describe('later, in the chat', () => {
  test('`tilknyt` shows a participant the chat\'s programme, and an outsider only that it is taken', async () => {
    const [toLars] = await write(chat, lars, 'tilknyt');
    const [toJonas] = await write(chat, jonas, 'tilknyt');

    expect(visibleText(cardOf(toLars))).toContain('Chatten er knyttet til ledertraineeforløbet for Sofie Nielsen');
    const outsider = visibleText(cardOf(toJonas));
    expect(outsider).toContain('et andet ledertraineeforløb');
    expect(outsider).not.toMatch(/Sofie|Ahmad/);
  });

  test('`fjern tilknytning` by an outsider is refused; by Sofie it unbinds, and cards go to the personal chats again', async () => {
    const [refused] = await write(chat, jonas, 'fjern tilknytning');
    expect(refused.activity.text).toBe('Det kan kun ledertraineen, den nærmeste leder og HR-konsulenten i forløbet gøre.');
    expect(await storage.programmeChats.forProgramme(SOFIE)).toBeDefined();

    const [done] = await write(chat, sofie, 'fjern tilknytning');
    expect(done.activity.text).toContain('Chatten er ikke længere knyttet til ledertraineeforløbet for Sofie Nielsen');
    expect(await storage.programmeChats.forProgramme(SOFIE)).toBeUndefined();
    expect((await sendProgrammeCard(SOFIE)).where).toBe('personal');
  });

  test('binding the same chat to another programme moves it: a chat is one programme\'s chat', async () => {
    await write(chat, lars, '', { verb: 'programmeChat.bind', programmeId: SOFIE });
    await write(chat, lars, '', { verb: 'programmeChat.bind', programmeId: AHMAD });

    expect(await storage.programmeChats.forProgramme(SOFIE)).toBeUndefined();
    expect((await storage.programmeChats.forChat(chat.id))?.programmeId).toBe(AHMAD);
  });

  test('a chat the bot was removed from (Teams answers 403) is unbound, logged, and the card reaches the personal chats instead', async () => {
    const before = [mette, lars, ahmad].map(personalCount);
    connector.refuseNext(403);

    const report = await sendProgrammeCard(AHMAD);

    expect(report.where).toBe('personal');
    expect([mette, lars, ahmad].map(personalCount)).toEqual(before.map((n) => n + 1));
    expect(await storage.programmeChats.forProgramme(AHMAD)).toBeUndefined();
    expect(bot.logger.entries.map((e) => e.msg)).toContain("Teams refused the bot in the programme's chat (removed?): the chat is unbound, cards go to personal chats");
  });

  test('a personal notice never goes into a group chat, even to someone the bot knows only from there', async () => {
    const stranger = newGroupChat();
    const hanne = asTeamsUser(demoPeople.programmeAdmin);
    await write(stranger, hanne, 'hjælp');
    const inChat = connector.activitiesIn(stranger.id).length;
    const notifier = createProactiveNotifier({ adapter: createAdapter({ MicrosoftAppId: '' }, bot.logger), botAppId: '', conversationReferences: storage.conversationReferences, logger: bot.logger });

    const delivery = await notifier.deliver(demoPeople.programmeAdmin.id, 'da', { kind: 'personalityTestTaken', programmeId: SOFIE, traineeName: 'Sofie Nielsen' });

    expect(delivery).toBe('unreachable');
    expect(connector.activitiesIn(stranger.id)).toHaveLength(inChat);
  });

  test('`tilknyt` in the personal chat without Microsoft Graph says how to make the programme\'s chat', async () => {
    const [reply] = await sendInPersonalChat(bot, connector, mette, 'tilknyt');
    const text = visibleText(cardOf(reply));
    expect(text).toContain('Opret en gruppechat i Teams med ledertraineen, den nærmeste leder og HR-konsulenten');
  });

  test('binding in a personal chat is refused: only a group chat can be a programme\'s chat', async () => {
    const [reply] = await sendInPersonalChat(bot, connector, mette, '', { verb: 'programmeChat.bind', programmeId: SOFIE });
    expect(reply.activity.text).toContain('Et forløb kan kun knyttes til en gruppechat');
    expect(await storage.programmeChats.forProgramme(SOFIE)).toBeUndefined();
  });
});
