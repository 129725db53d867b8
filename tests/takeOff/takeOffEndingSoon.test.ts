// Take-off is also for trainees whose programme is still in the development part but whose agreed
// period ends soon: within TAKE_OFF_INVITE_WEEKS weeks (8 by default). Over real HTTP with Azurite
// and a fixed clock: they get the invitation and can register; a trainee whose period ends later
// is not invited (and a crafted button is refused) until the setting reaches their period's end.
import { Clock } from '../../bot/src/application/ports';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { Person } from '../../bot/src/domain/people';
import { Programme } from '../../bot/src/domain/programme';
import { programmePeriodEnd } from '../../bot/src/domain/takeOffEligibility';
import { TableStorage } from '../../bot/src/storage';
import { visibleText } from '../cards/cardInspection';
import { azuriteStorage, BotServer, startBotServer } from '../support/botServer';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { asTeamsUser } from '../bot/activities';
import { cardOf } from '../bot/cardOf';
import { personalChatOf, sendInPersonalChat } from '../support/chat';
import { HR, inDevelopment, LEADER, TRAINEE } from '../domain/builders';

const hanne = demoPeople.programmeAdmin;
const mette = demoPeople.leader;
const lars = demoPeople.hrConsultant;
const person = (n: number, name: string): Person => ({
  id: `e0000000-0000-4000-8000-00000000000${n}`,
  name,
  email: `p${n}@demo.aarhus.dk`,
  locale: 'da-DK',
  isProgrammeAdmin: false,
  hrDepartmentIds: [],
});
const maja = person(1, 'Maja Holm');
const tobias = person(2, 'Tobias Krogh');
const P = { maja: 'ending-maja', tobias: 'ending-tobias' };

/** A programme in the development part (the domain's own walk), for our people, with the period in months given. */
function inDevelopmentFor(id: string, trainee: Person, periodMonths: number): Programme {
  const state = JSON.parse(
    JSON.stringify(inDevelopment().toState())
      .replaceAll(TRAINEE.id, trainee.id)
      .replaceAll(TRAINEE.name, trainee.name)
      .replaceAll(TRAINEE.email as string, trainee.email as string)
      .replaceAll(LEADER.id, mette.id)
      .replaceAll(LEADER.name, mette.name)
      .replaceAll(HR.id, lars.id)
      .replaceAll(HR.name, lars.name)
      .replaceAll('"programme-1"', JSON.stringify(id)),
  );
  for (const agreement of state.agreements) agreement.periodMonths = periodMonths;
  return Programme.fromState(state);
}

const majas = inDevelopmentFor(P.maja, maja, 12);
const tobiass = inDevelopmentFor(P.tobias, tobias, 18);
const majaEnds = programmePeriodEnd(majas.toState())!;
const tobiasEnds = programmePeriodEnd(tobiass.toState())!;
// Six weeks before Maja's period ends, at 10:00 Copenhagen; Tobias's ends about half a year later.
const NOW = new Date(Date.parse(`${majaEnds}T08:00:00.000Z`) - 42 * 86_400_000);
const clock: Clock = { now: () => NOW };
const eventDate = new Date(NOW.getTime() + 14 * 86_400_000).toISOString().slice(0, 10);

let storage: TableStorage;
let connector: RecordingConnector;
const servers: BotServer[] = [];

beforeAll(async () => {
  storage = await azuriteStorage('takeoffsoon');
  for (const p of [hanne, mette, lars, maja, tobias]) await storage.people.add(p);
  for (const p of [majas, tobiass]) await storage.programmes.create(p, { at: NOW.toISOString(), by: mette.id, action: 'test.created' });
  connector = await startRecordingConnector();
});

afterAll(async () => {
  for (const server of servers) await server.close();
  await connector?.close();
});

async function serverWith(takeOffInviteWeeks?: number): Promise<BotServer> {
  const server = await startBotServer({
    storage,
    conversationReferences: storage.conversationReferences,
    clock,
    ...(takeOffInviteWeeks !== undefined ? { takeOffInviteWeeks } : {}),
  });
  servers.push(server);
  return server;
}

const chatLength = (who: Person) => connector.activitiesIn(personalChatOf(asTeamsUser(who))).length;

test('the example programmes: both in the development part, Maja\'s period ends in six weeks, Tobias\'s later than eight', () => {
  expect([majas.phase, tobiass.phase]).toEqual(['development', 'development']);
  expect(Date.parse(tobiasEnds) - NOW.getTime()).toBeGreaterThan(8 * 7 * 86_400_000);
});

test('by default (8 weeks) Maja is invited and can register; Tobias is not invited and a crafted button is refused', async () => {
  const bot = await serverWith();
  for (const p of [hanne, maja, tobias]) await sendInPersonalChat(bot, connector, asTeamsUser(p), 'hjælp');
  const before = { maja: chatLength(maja), tobias: chatLength(tobias) };

  const [created] = await sendInPersonalChat(bot, connector, asTeamsUser(hanne), '', {
    verb: 'takeOff.create',
    date: eventDate,
    place: 'Rådhuset, mødesal 1',
    description: 'Take-off for ledertrainees, hvis forløb slutter nu.',
  });
  expect(visibleText(cardOf(created))).toContain('1 ledertrainee er inviteret');
  const [event] = await storage.takeOffEvents.list();
  expect((await storage.takeOffEvents.invitations(event.id)).map((i) => i.programmeId)).toEqual([P.maja]);

  const [invitation] = connector.activitiesIn(personalChatOf(asTeamsUser(maja))).slice(before.maja);
  expect(visibleText(cardOf(invitation))).toContain('Kære Maja Holm – dit forløb er i afslutningen eller nærmer sig sin afslutning');
  expect(connector.activitiesIn(personalChatOf(asTeamsUser(tobias))).slice(before.tobias)).toHaveLength(0);

  const answers = { verb: 'takeOff.register', eventId: event.id, needsNow: 'Sparring på ansøgningen', wantsApplicationGuidance: 'true', joinNetwork: 'true' };
  const [registered] = await sendInPersonalChat(bot, connector, asTeamsUser(maja), '', answers);
  expect(registered.activity.text).toContain('Du er tilmeldt take-off');
  expect((await storage.programmes.load(P.maja)).programme.takeOff()).toMatchObject({ needsNow: 'Sparring på ansøgningen', joinNetwork: true });

  const [refused] = await sendInPersonalChat(bot, connector, asTeamsUser(tobias), '', answers);
  expect(refused.activity.text).toContain('Take-off er for ledertrainees, hvis forløb er i fasen Afslutning eller snart slutter');
  expect((await storage.programmes.load(P.tobias)).programme.takeOff()).toBeUndefined();
});

test('with TAKE_OFF_INVITE_WEEKS reaching the end of Tobias\'s period, a new event invites him too', async () => {
  const weeks = Math.ceil((Date.parse(tobiasEnds) - NOW.getTime()) / (7 * 86_400_000));
  const bot = await serverWith(weeks);
  const before = chatLength(tobias);
  await sendInPersonalChat(bot, connector, asTeamsUser(hanne), '', {
    verb: 'takeOff.create',
    date: eventDate,
    place: 'Dokk1',
    description: 'Take-off nummer to.',
  });
  const event = (await storage.takeOffEvents.list()).find((e) => e.place === 'Dokk1')!;
  expect((await storage.takeOffEvents.invitations(event.id)).map((i) => i.programmeId).sort()).toEqual([P.maja, P.tobias].sort());
  expect(visibleText(cardOf(connector.activitiesIn(personalChatOf(asTeamsUser(tobias))).slice(before)[0]))).toContain('Du er inviteret til take-off');
});
