// A booked conversation's Teams meeting, over real HTTP with Azurite: Teams' meetingStart and
// meetingEnd events (as Teams sends them into the meeting chat) bring the conversation's card into
// the chat, mark it afholdt and ask for it to be documented; the personality-test gate holds; a
// meeting that is no booked conversation changes nothing; a repeated start posts one card.
import { randomUUID } from 'node:crypto';
import { REFRESH_VERB } from '../../bot/src/cards';
import { normaliseJoinUrl } from '../../bot/src/application/conversations/meetingEvents';
import { Person } from '../../bot/src/domain/people';
import { Programme } from '../../bot/src/domain/programme';
import { TableStorage } from '../../bot/src/storage';
import { asTeamsUser, BOT, personalMessage, TENANT_ID } from '../bot/activities';
import { visibleText } from '../cards/cardInspection';
import { day, HR, inDevelopment, inStartup } from '../domain/builders';
import { azuriteStorage, BotServer, startBotServer } from '../support/botServer';
import { personNamed, programmeFor } from '../support/programmesForPeople';
import { RecordedActivity, RecordingConnector, startRecordingConnector } from '../support/recordingConnector';

const person = (name: string): Person => personNamed(name);
const tina = person('Tina Thomsen');
const lone = person('Lone Lauridsen');
const hanne = { ...person('Hanne Holm'), hrDepartmentIds: ['mso'] };
const outsider = person('Otto Udenfor');

const P = { midway: randomUUID(), part1: randomUUID(), repeat: randomUUID() };
const MIDWAY = 'midway-meeting';
const PART1 = 'part1-meeting';
const REPEAT = 'midway-repeat';

/** A join URL as Graph returns it on the created event (lower-case escapes). */
function graphJoinUrl(thread: string): string {
  return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${thread}%40thread.v2/0?context=%7b%22Tid%22%3a%22${TENANT_ID}%22%2c%22Oid%22%3a%22${hanne.id}%22%7d`;
}

const meeting = (thread: string) => ({
  thread,
  chatId: `19:meeting_${thread}@thread.v2`,
  // The meeting's id: base64 of "0#19:meeting_…@thread.v2#0", as Teams sends it.
  id: Buffer.from(`0#19:meeting_${thread}@thread.v2#0`).toString('base64'),
  joinUrl: graphJoinUrl(thread),
});
const M = { midway: meeting('MidwayMzQ5'), part1: meeting('Part1OTk4'), repeat: meeting('RepeatNzEy'), unknown: meeting('UnknownNjU0') };

let now = day(200);
let storage: TableStorage;
let bot: BotServer;
let connector: RecordingConnector;

/** A programme built through the domain's own walk (tests/domain/builders), for our people. */
const forOurPeople = (programme: Programme, id: string): Programme => programmeFor(programme, id, { trainee: tina, leader: lone, hr: hanne });

beforeAll(async () => {
  storage = await azuriteStorage('meetings');
  for (const p of [tina, lone, hanne, outsider]) await storage.people.add(p);
  await storage.departments.add({ id: 'mso', name: 'Sundhed og Omsorg', hrConsultants: [{ id: hanne.id, name: hanne.name }] });
  const audit = { at: day(0).toISOString(), by: lone.id, action: 'test.created' };

  // Midway interviews booked at day 200 with a Teams meeting (the Graph scheduler's join URL kept on them).
  for (const [id, conversationId, m] of [[P.midway, MIDWAY, M.midway], [P.repeat, REPEAT, M.repeat]] as const) {
    const p = inDevelopment();
    p.book('midway', conversationId, day(200), 60, day(190), HR.id);
    p.recordMeetingLink(conversationId, m.joinUrl, day(190), HR.id);
    await storage.programmes.create(forOurPeople(p, id), audit);
  }
  // Start-up part 1 booked while the personality test still waits for its feedback.
  const part1 = inStartup();
  part1.book('startupPart1', PART1, day(5), 90, day(2), HR.id);
  part1.recordMeetingLink(PART1, M.part1.joinUrl, day(2), HR.id);
  await storage.programmes.create(forOurPeople(part1, P.part1), audit);

  connector = await startRecordingConnector();
  bot = await startBotServer({ storage, conversationReferences: storage.conversationReferences, clock: { now: () => now } });
  // Everyone has written to the bot, so it knows their Teams ids (for the cards' refresh).
  for (const p of [tina, lone, hanne, outsider]) {
    expect((await bot.post(personalMessage({ serviceUrl: connector.serviceUrl, user: asTeamsUser(p) }, 'hjælp'))).status).toBe(200);
  }
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

/** A meeting event as Teams sends it into the meeting chat (Learn: "Meeting apps APIs", meeting start/end events). */
function meetingEvent(kind: 'Start' | 'End', who: Person, m: ReturnType<typeof meeting>, overrides: { id?: string; joinUrl?: string } = {}) {
  const user = asTeamsUser(who);
  const at = now.toISOString();
  return {
    name: `application/vnd.microsoft.meeting${kind}`,
    type: 'event',
    timestamp: at,
    id: overrides.id ?? `1${Date.now()}${Math.floor(Math.random() * 100000)}`,
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    from: { id: user.id, aadObjectId: user.aadObjectId },
    conversation: { isGroup: true, tenantId: TENANT_ID, id: m.chatId },
    recipient: BOT,
    entities: [{ locale: 'da-DK', country: 'DK', type: 'clientInfo' }],
    channelData: { tenant: { id: TENANT_ID }, source: null, meeting: { id: m.id } },
    value: {
      MeetingType: 'Scheduled',
      Title: 'Midtvejssamtale – Ledertrainee: Tina Thomsen',
      Id: m.id,
      JoinUrl: overrides.joinUrl ?? m.joinUrl,
      ...(kind === 'Start' ? { StartTime: at } : { EndTime: at }),
    },
    locale: 'da-DK',
  };
}

async function send(event: ReturnType<typeof meetingEvent>): Promise<RecordedActivity[]> {
  const before = connector.activitiesIn(event.conversation.id).length;
  const response = await bot.post(event);
  expect(response.status).toBe(200);
  return connector.activitiesIn(event.conversation.id).slice(before);
}

const cardsIn = (sent: RecordedActivity[]) => sent.flatMap((s) => (s.activity.attachments ?? []).map((a) => a.content as Record<string, unknown>));

async function conversationOf(programmeId: string, conversationId: string) {
  return (await storage.programmes.load(programmeId)).programme.conversation(conversationId);
}

test('Teams may send the join URL encoded differently from the one Graph gave: both name the same meeting', () => {
  const decoded = `https://teams.microsoft.com/l/meetup-join/19:meeting_X@thread.v2/0?context={"Tid":"${TENANT_ID}"}`;
  const upper = encodeURI(decoded).replace('19:', '19%3A').replace('@', '%40');
  expect(normaliseJoinUrl(upper)).toBe(normaliseJoinUrl(decoded));
  expect(normaliseJoinUrl(encodeURIComponent(decoded))).toBe(normaliseJoinUrl(decoded));
  expect(normaliseJoinUrl(decoded)).not.toBe(normaliseJoinUrl(decoded.replace('meeting_X', 'meeting_Y')));
});

test('When the booked midway interview’s meeting starts, its template card appears in the meeting chat', async () => {
  now = day(200);
  // Teams sends the join URL decoded here; Graph stored it encoded.
  const sent = await send(meetingEvent('Start', lone, M.midway, { joinUrl: decodeURIComponent(M.midway.joinUrl) }));
  const cards = cardsIn(sent);
  expect(cards).toHaveLength(1);
  expect(visibleText(cards[0])).toContain('Midtvejssamtale');
  expect(visibleText(cards[0])).toContain(tina.name);
  // It refreshes into each participant's own view.
  const refresh = cards[0].refresh as { userIds: string[]; action: { verb: string; data: Record<string, unknown> } };
  expect(refresh.action.verb).toBe(REFRESH_VERB);
  expect(refresh.action.data).toMatchObject({ view: 'conversation', programmeId: P.midway, conversationId: MIDWAY });
  expect(refresh.userIds).toEqual(expect.arrayContaining([asTeamsUser(tina).id, asTeamsUser(lone).id, asTeamsUser(hanne).id]));
  expect((await conversationOf(P.midway, MIDWAY)).status).toBe('booked');
});

test('When the meeting ends, the midway interview is afholdt and the chat is asked to document it', async () => {
  now = new Date(day(200).getTime() + 55 * 60_000);
  const sent = await send(meetingEvent('End', hanne, M.midway));
  const stored = await conversationOf(P.midway, MIDWAY);
  expect(stored.status).toBe('held');
  expect(stored.held?.by).toBe(hanne.id);
  const cards = cardsIn(sent);
  expect(cards).toHaveLength(1);
  expect(visibleText(cards[0])).toContain('markeret som afholdt');
  expect(visibleText(cards[0])).toContain('dokumentere');
  // Its button opens the template in place.
  const button = (cards[0].actions as { type: string; verb: string; title: string; data: Record<string, unknown> }[])[0];
  expect(button).toMatchObject({ type: 'Action.Execute', verb: REFRESH_VERB, title: 'Åbn skabelonen til samtalen' });
  expect(button.data).toEqual({ view: 'conversation', programmeId: P.midway, conversationId: MIDWAY });
});

test('Part 1 of the start-up interview ending before the personality-test feedback is not afholdt, and the chat is told why', async () => {
  now = new Date(day(5).getTime() + 90 * 60_000);
  const sent = await send(meetingEvent('End', hanne, M.part1));
  expect((await conversationOf(P.part1, PART1)).status).toBe('booked');
  const text = visibleText(cardsIn(sent)[0]);
  expect(text).toContain('ikke markeret som afholdt');
  expect(text).toContain('feedback på persontesten');
});

test('A meeting that is no booked conversation changes nothing and posts nothing', async () => {
  now = day(200);
  const before = JSON.stringify((await storage.programmes.load(P.midway)).programme.toState());
  expect(await send(meetingEvent('Start', tina, M.unknown))).toEqual([]);
  expect(await send(meetingEvent('End', tina, M.unknown))).toEqual([]);
  expect(JSON.stringify((await storage.programmes.load(P.midway)).programme.toState())).toBe(before);
  expect(bot.logger.entries.some((e) => /no booked conversation/.test(e.msg))).toBe(true);
});

test('Someone outside the conversation starting its meeting does not bring its card into the chat', async () => {
  expect(await send(meetingEvent('Start', outsider, M.repeat))).toEqual([]);
  now = new Date(day(200).getTime() + 60 * 60_000);
  expect(await send(meetingEvent('End', outsider, M.repeat))).toEqual([]);
  expect((await conversationOf(P.repeat, REPEAT)).status).toBe('booked');
});

test('A repeated meetingStart (a retry, or the meeting started again) posts the card once', async () => {
  now = day(200);
  const first = meetingEvent('Start', tina, M.repeat);
  const sent = [...(await send(first)), ...(await send(first)), ...(await send(meetingEvent('Start', lone, M.repeat)))];
  expect(cardsIn(sent)).toHaveLength(1);
});
