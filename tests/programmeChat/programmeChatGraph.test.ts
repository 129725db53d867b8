// The programme's chat made by the app through Microsoft Graph (a local Graph that answers the
// documented endpoints and payloads), over real HTTP with Azurite: when HR accepts a nomination the
// app creates the group chat of the three ("Ledertrainee: <name>"), installs itself there and binds
// it, so the programme's cards go there. When Graph refuses or fails, the programme is as HR left
// it, nothing is bound, the failure is logged and the cards go to the personal chats.
import type { TokenCredential } from '@azure/identity';
import { demoDepartment, seedDemo, DEMO_PROGRAMME_IDS } from '../../bot/src/demo/seedDemo';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { Person } from '../../bot/src/domain/people';
import { Programme } from '../../bot/src/domain/programme';
import { createGraphProgrammeChats } from '../../bot/src/scheduling/graphProgrammeChats';
import { TableStorage } from '../../bot/src/storage';
import { visibleText } from '../cards/cardInspection';
import { azuriteStorage, BotServer, recordingLogger, startBotServer } from '../support/botServer';
import { FAKE_GRAPH_TOKEN } from '../support/fakeGraph';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { asTeamsUser } from '../bot/activities';
import { cardOf } from '../bot/cardOf';
import { personalChatOf, sendInPersonalChat } from '../support/chat';
import { FakeGraphChats, startFakeGraphChats } from './fakeGraphChats';

// The app's id in the tenant's catalog (published to the organisation's catalog: not the manifest's id).
const CATALOG_ID = '5c1a7d3e-9b2f-4e6a-8d0c-7f3b2a1e9d84';
const credential: TokenCredential = { getToken: async () => ({ token: FAKE_GRAPH_TOKEN, expiresOnTimestamp: Date.now() + 3_600_000 }) };

let storage: TableStorage;
let bot: BotServer;
let connector: RecordingConnector;
let graph: FakeGraphChats;
const logger = recordingLogger();

const mette = asTeamsUser(demoPeople.leader);
const lars = asTeamsUser(demoPeople.hrConsultant);
const jonas = asTeamsUser(demoPeople.colleague);

const trainee = (n: number): Person => ({
  id: `d0000000-0000-4000-8000-00000000000${n}`,
  name: ['Emil Holt', 'Freja Lund', 'Gustav Krogh'][n - 1],
  email: `trainee${n}@demo.aarhus.dk`,
  locale: 'da-DK',
  isProgrammeAdmin: false,
  hrDepartmentIds: [],
});

beforeAll(async () => {
  graph = await startFakeGraphChats();
  storage = await azuriteStorage('progchatgraph');
  await seedDemo(storage, new Date());
  for (const n of [1, 2, 3]) await storage.people.add(trainee(n));
  connector = await startRecordingConnector();
  bot = await startBotServer({
    storage,
    conversationReferences: storage.conversationReferences,
    logger,
    groupChatCreator: createGraphProgrammeChats({ credential, baseUrl: graph.baseUrl, fetch: graph.fetch, teamsAppId: CATALOG_ID, logger }),
  });
  for (const user of [mette, lars, jonas, ...[1, 2, 3].map((n) => asTeamsUser(trainee(n)))]) await sendInPersonalChat(bot, connector, user, 'sprog dansk');
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
  await graph?.close();
});

/** Mette nominates the trainee (stored as the nomination use case would); Lars is to decide. */
async function nominated(person: Person): Promise<string> {
  const at = new Date(Date.now() - 86_400_000);
  const programme = Programme.nominate(
    {
      id: `graph-chat-${person.id.slice(-1)}`,
      department: demoDepartment(),
      trainee: { id: person.id, name: person.name, email: person.email },
      leader: { id: demoPeople.leader.id, name: demoPeople.leader.name, email: demoPeople.leader.email },
      reason: 'Tager ansvar i teamet og vil gerne lede.',
      leaderClarificationCompleted: true,
    },
    at,
    demoPeople.leader.id,
  );
  await storage.programmes.create(programme, { at: at.toISOString(), by: demoPeople.leader.id, action: 'test.nominated' });
  return programme.id;
}

const accept = (programmeId: string) => sendInPersonalChat(bot, connector, lars, '', { verb: 'nomination.accept', programmeId });

function sendCard(programmeId: string) {
  return bot.useCases.deliverToProgramme({
    programmeId,
    purpose: 'test.card',
    cardFor: (audience) => ({ card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: `Kort (${audience.kind})` }] } }),
  });
}

test('HR accepting a nomination creates the group chat of the three through Graph, installs the app there and binds it; the cards then go there', async () => {
  const emil = trainee(1);
  const programmeId = await nominated(emil);
  graph.requests.length = 0;

  await accept(programmeId);

  expect(graph.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
    'POST /v1.0/chats 201',
    `POST /v1.0/chats/${[...graph.chats.keys()][0]}/installedApps 201`,
  ]);
  const created = graph.requests[0].body;
  expect(created).toMatchObject({ chatType: 'group', topic: 'Ledertrainee: Emil Holt' });
  expect(created.members).toHaveLength(3);
  for (const member of created.members) {
    expect(member['@odata.type']).toBe('#microsoft.graph.aadUserConversationMember');
    expect(member.roles).toEqual(['owner']);
  }
  const [chat] = [...graph.chats.values()];
  expect(chat.memberIds.sort()).toEqual([emil.id, demoPeople.leader.id, demoPeople.hrConsultant.id].sort());
  expect(graph.requests[1].body).toEqual({ 'teamsApp@odata.bind': `${graph.baseUrl}/v1.0/appCatalogs/teamsApps/${CATALOG_ID}` });
  expect(chat.installedApps).toEqual([CATALOG_ID]);

  const binding = await storage.programmeChats.forProgramme(programmeId);
  expect(binding).toMatchObject({ chatId: chat.id, origin: 'graph', boundBy: demoPeople.hrConsultant.id });
  expect(binding?.reference).toMatchObject({ serviceUrl: connector.serviceUrl, conversation: { id: chat.id, conversationType: 'groupChat', tenantId: '11111111-2222-3333-4444-555555555555' } });
  expect((await storage.programmes.load(programmeId)).programme.phase).toBe('startup');

  const personalBefore = [mette, lars, asTeamsUser(emil)].map((u) => connector.activitiesIn(personalChatOf(u)).length);
  const report = await sendCard(programmeId);
  expect(report.where).toBe('programmeChat');
  expect(connector.activitiesIn(chat.id).map((r) => visibleText(cardOf(r)))).toEqual(['Kort (programmeChat)']);
  expect([mette, lars, asTeamsUser(emil)].map((u) => connector.activitiesIn(personalChatOf(u)).length)).toEqual(personalBefore);
});

test('Graph refusing to create the chat (403) leaves the accepted programme as it is, binds nothing, is logged, and the cards go to the personal chats', async () => {
  const freja = trainee(2);
  const programmeId = await nominated(freja);
  graph.failNext('createChat', 403);
  const chatsBefore = graph.chats.size;

  const [reply] = await accept(programmeId);

  expect(reply.activity.text ?? visibleText(cardOf(reply))).toContain('Freja Lund');
  const { programme } = await storage.programmes.load(programmeId);
  expect(programme.phase).toBe('startup');
  expect(programme.hrConsultant?.id).toBe(demoPeople.hrConsultant.id);
  expect(graph.chats.size).toBe(chatsBefore);
  expect(await storage.programmeChats.forProgramme(programmeId)).toBeUndefined();
  expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'error', obj: expect.objectContaining({ operation: 'createChat', statusCode: 403 }) }));
  expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'error', msg: "Microsoft Graph could not create the programme's chat; cards go to the personal chats" }));

  const report = await sendCard(programmeId);
  expect(report.where).toBe('personal');
  expect(visibleText(cardOf(connector.activitiesIn(personalChatOf(asTeamsUser(freja))).at(-1)))).toBe('Kort (personal)');
});

test('Graph failing to install the app in the new chat (500) leaves that chat unbound, logged, and the cards go to the personal chats', async () => {
  const gustav = trainee(3);
  const programmeId = await nominated(gustav);
  graph.failNext('installApp', 500);

  await accept(programmeId);

  expect((await storage.programmes.load(programmeId)).programme.phase).toBe('startup');
  expect(await storage.programmeChats.forProgramme(programmeId)).toBeUndefined();
  expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'error', obj: expect.objectContaining({ operation: 'installApp', statusCode: 500 }) }));
  expect((await sendCard(programmeId)).where).toBe('personal');
});

test('on demand: `tilknyt` in the personal chat offers to create the chat for each programme; one click creates it, a second says it exists', async () => {
  const [offer] = await sendInPersonalChat(bot, connector, mette, 'tilknyt');
  const card = cardOf(offer);
  expect(visibleText(card)).toContain('Jeg kan oprette en gruppechat med ledertraineen, den nærmeste leder og HR-konsulenten.');
  expect(visibleText(card)).toContain('Ledertrainee: Sofie Nielsen');
  expect(JSON.stringify(card)).toContain(JSON.stringify({ verb: 'programmeChat.create', programmeId: DEMO_PROGRAMME_IDS.inDevelopment }));

  const press = { verb: 'programmeChat.create', programmeId: DEMO_PROGRAMME_IDS.inDevelopment };
  const [created] = await sendInPersonalChat(bot, connector, mette, '', press);
  expect(created.activity.text).toContain('Chatten »Ledertrainee: Sofie Nielsen« er oprettet med jer tre');
  const binding = await storage.programmeChats.forProgramme(DEMO_PROGRAMME_IDS.inDevelopment);
  expect(graph.chats.get(binding?.chatId ?? '')?.topic).toBe('Ledertrainee: Sofie Nielsen');

  const [again] = await sendInPersonalChat(bot, connector, mette, '', press);
  expect(again.activity.text).toContain('har allerede en chat');
});

test('someone outside the programme cannot have its chat created', async () => {
  const before = graph.requests.length;
  const [reply] = await sendInPersonalChat(bot, connector, jonas, '', { verb: 'programmeChat.create', programmeId: DEMO_PROGRAMME_IDS.inStartup });
  expect(reply.activity.text).toBe('Det kan kun ledertraineen, den nærmeste leder og HR-konsulenten i forløbet gøre.');
  expect(graph.requests.length).toBe(before);
});
