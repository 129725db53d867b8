// Take-off in chat, over real HTTP with Azurite and a fixed clock: the programme admin (Hanne)
// creates the event with `take-off` (invalid input comes back on the card, nothing stored); every
// trainee whose programme is in completion gets an invitation card in their own language and
// registers on it (again to change the answers); Hanne sees the registrations. A trainee not in
// completion pressing a crafted button, and a non-admin typing `take-off`, are refused clearly.
import { Clock } from '../../bot/src/application/ports';
import { DEMO_PROGRAMME_IDS, seedDemo } from '../../bot/src/demo/seedDemo';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { Person } from '../../bot/src/domain/people';
import { Programme } from '../../bot/src/domain/programme';
import { TableStorage } from '../../bot/src/storage';
import { byteSize, TEAMS_MESSAGE_LIMIT_BYTES, visibleText } from '../cards/cardInspection';
import { azuriteStorage, BotServer, startBotServer } from '../support/botServer';
import { RecordedActivity, RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { asTeamsUser, personalMessage } from '../bot/activities';
import { cardOf } from '../bot/cardOf';
import { HR, inCompletion, LEADER, TRAINEE } from '../domain/builders';

// Tuesday 1 September 2026, 10:00 in Copenhagen.
const NOW = new Date('2026-09-01T08:00:00.000Z');
const clock: Clock = { now: () => NOW };

const hanne = demoPeople.programmeAdmin;
const mette = demoPeople.leader;
const lars = demoPeople.hrConsultant;
const sofie = demoPeople.traineeInDevelopment;
const emil: Person = { id: 'c0000000-0000-4000-8000-000000000001', name: 'Emil Holt', email: 'emil@demo.aarhus.dk', locale: 'da-DK', isProgrammeAdmin: false, hrDepartmentIds: [] };
const ida: Person = { id: 'c0000000-0000-4000-8000-000000000002', name: 'Ida Krogh', email: 'ida@demo.aarhus.dk', locale: 'en-US', isProgrammeAdmin: false, hrDepartmentIds: [] };
const LOCALE: Record<string, string> = { [ida.id]: 'en-US' };
const P = { emil: 'takeoff-emil', ida: 'takeoff-ida' };

let storage: TableStorage;
let bot: BotServer;
let connector: RecordingConnector;

/** A programme in completion built by the domain's own walk (tests/domain/builders), for our people. */
function inCompletionFor(id: string, trainee: Person): Programme {
  const renamed = JSON.stringify(inCompletion().toState())
    .replaceAll(TRAINEE.id, trainee.id)
    .replaceAll(TRAINEE.name, trainee.name)
    .replaceAll(TRAINEE.email as string, trainee.email as string)
    .replaceAll(LEADER.id, mette.id)
    .replaceAll(LEADER.name, mette.name)
    .replaceAll(HR.id, lars.id)
    .replaceAll(HR.name, lars.name)
    .replaceAll('"programme-1"', JSON.stringify(id));
  return Programme.fromState(JSON.parse(renamed));
}

beforeAll(async () => {
  storage = await azuriteStorage('takeoff');
  await seedDemo(storage, NOW);
  for (const person of [emil, ida]) await storage.people.add(person);
  for (const [id, trainee] of [[P.emil, emil], [P.ida, ida]] as const) {
    await storage.programmes.create(inCompletionFor(id, trainee), { at: NOW.toISOString(), by: mette.id, action: 'test.created' });
  }
  connector = await startRecordingConnector();
  bot = await startBotServer({ storage, conversationReferences: storage.conversationReferences, clock });
  // Everyone has chatted with the bot before, so it can reach them.
  for (const person of [hanne, mette, sofie, demoPeople.traineeInStartup, emil, ida]) await say(person, 'hjælp');
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

function chatOf(person: { id: string; name: string }): string {
  return personalMessage({ serviceUrl: '', user: asTeamsUser(person) }, '').conversation.id;
}

async function say(person: { id: string; name: string }, text: string, value?: object): Promise<RecordedActivity[]> {
  const locale = LOCALE[person.id] ?? 'da-DK';
  const activity = { ...personalMessage({ serviceUrl: connector.serviceUrl, user: asTeamsUser(person), locale }, text), ...(value ? { value } : {}) };
  const before = connector.activitiesIn(activity.conversation.id).length;
  expect((await bot.post(activity)).status).toBe(200);
  return connector.activitiesIn(activity.conversation.id).slice(before);
}

const press = (person: { id: string; name: string }, data: object) => say(person, '', data);

function messagesTo(person: { id: string; name: string }): RecordedActivity[] {
  return connector.activitiesIn(chatOf(person));
}

/** Every node of a card of the given type. */
function nodesOf(card: unknown, type: string): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    if (n.type === type) found.push(n);
    Object.values(n).forEach(walk);
  };
  walk(card);
  return found;
}

const CREATE = { verb: 'takeOff.create' };
const VALID = { ...CREATE, date: '2026-10-15', place: 'Rådhuset, mødesal 1', description: 'Fælles take-off for årets ledertrainees kl. 13–16.' };

describe('take-off for the programme admin', () => {
  it('tells someone who is not a programme admin that only programme admins can', async () => {
    const [reply] = await say(mette, 'take-off');
    expect(reply.activity.text).toContain('Kun en programadministrator kan oprette take-off-arrangementer');
  });

  it('shows Hanne a card to create the event, with no events yet', async () => {
    const [reply] = await say(hanne, 'takeoff');
    const card = cardOf(reply);
    expect(visibleText(card)).toContain('Opret et take-off-arrangement');
    expect(visibleText(card)).toContain('Der er ikke oprettet noget take-off-arrangement endnu.');
    expect(nodesOf(card, 'Input.Date').map((n) => [n.id, n.min])).toEqual([['date', '2026-09-01']]);
    expect(nodesOf(card, 'Input.Text').map((n) => n.id)).toEqual(['place', 'description']);
    expect(nodesOf(card, 'Action.Submit')[0].data).toEqual(CREATE);
  });

  it('brings invalid input back on the card, stores nothing and invites nobody', async () => {
    const emilBefore = messagesTo(emil).length;
    const [noPlace] = await press(hanne, { ...VALID, place: '  ' });
    const card = cardOf(noPlace);
    expect(visibleText(card)).toContain('Arrangementet er ikke oprettet');
    expect(visibleText(card)).toContain('Udfyld feltet »Sted«.');
    // What was typed is kept.
    expect(nodesOf(card, 'Input.Text').find((n) => n.id === 'description')?.value).toBe(VALID.description);
    expect(nodesOf(card, 'Input.Date')[0].value).toBe(VALID.date);

    const [past] = await press(hanne, { ...VALID, date: '2026-08-31' });
    expect(visibleText(cardOf(past))).toContain('»Dato« kan ikke ligge før i dag.');
    const [noDate] = await press(hanne, { ...VALID, date: '' });
    expect(visibleText(cardOf(noDate))).toContain('Udfyld feltet »Dato«.');
    const [badDate] = await press(hanne, { ...VALID, date: '2026-02-30' });
    expect(visibleText(cardOf(badDate))).toContain('»Dato« skal være en gyldig dato.');

    expect(await storage.takeOffEvents.list()).toEqual([]);
    expect(messagesTo(emil)).toHaveLength(emilBefore);
  });

  it('refuses a crafted create button from someone who is not a programme admin', async () => {
    const [reply] = await press(mette, VALID);
    expect(reply.activity.text).toContain('Kun en programadministrator');
    expect(await storage.takeOffEvents.list()).toEqual([]);
  });
});

describe('creating the event invites the trainees in completion', () => {
  let eventId: string;
  let before: Record<string, number>;

  beforeAll(async () => {
    before = Object.fromEntries([emil, ida, sofie, demoPeople.traineeInStartup, mette].map((p) => [p.id, messagesTo(p).length]));
    const [reply] = await press(hanne, VALID);
    expect(visibleText(cardOf(reply))).toContain('Take-off den **15. oktober 2026** er oprettet. 2 ledertrainees er inviteret (i afslutningen, eller forløbsperioden slutter snart).');
    const [event] = await storage.takeOffEvents.list();
    eventId = event.id;
  });

  it('stores the event in its own table', async () => {
    const events = await storage.takeOffEvents.list();
    expect(events).toEqual([
      { id: eventId, date: '2026-10-15', place: VALID.place, description: VALID.description, created: { at: NOW.toISOString(), by: hanne.id } },
    ]);
    expect((await storage.takeOffEvents.invitations(eventId)).map((i) => i.programmeId).sort()).toEqual([P.emil, P.ida]);
  });

  it('sends each trainee in completion an invitation card with the form, in their language', async () => {
    const [toEmil] = messagesTo(emil).slice(before[emil.id]);
    const card = cardOf(toEmil);
    expect(visibleText(card)).toContain('Du er inviteret til take-off');
    expect(visibleText(card)).toContain('Kære Emil Holt');
    expect(visibleText(card)).toContain('15. oktober 2026');
    expect(visibleText(card)).toContain(VALID.place);
    expect(nodesOf(card, 'Input.Text').map((n) => [n.id, n.label])).toEqual([['needsNow', 'Hvad har du brug for nu?']]);
    expect(nodesOf(card, 'Input.Toggle').map((n) => n.id)).toEqual(['wantsApplicationGuidance', 'joinNetwork']);
    expect(nodesOf(card, 'Action.Submit')[0].data).toEqual({ verb: 'takeOff.register', eventId });

    const [toIda] = messagesTo(ida).slice(before[ida.id]);
    expect(visibleText(cardOf(toIda))).toContain('You are invited to take-off');
    expect(nodesOf(cardOf(toIda), 'Input.Text')[0].label).toBe('What do you need now?');
  });

  it('invites nobody whose programme is not in completion', () => {
    for (const person of [sofie, demoPeople.traineeInStartup, mette]) expect(messagesTo(person)).toHaveLength(before[person.id]);
  });

  it('registers the trainee through the domain, and again to change the answers', async () => {
    const [first] = await press(emil, { verb: 'takeOff.register', eventId, needsNow: 'En mentor og sparring på ansøgningen', wantsApplicationGuidance: 'true', joinNetwork: 'false' });
    expect(first.activity.text).toContain('Du er tilmeldt take-off den **15. oktober 2026** (Rådhuset, mødesal 1)');
    expect((await storage.programmes.load(P.emil)).programme.takeOff()).toEqual({
      registered: { at: NOW.toISOString(), by: emil.id },
      needsNow: 'En mentor og sparring på ansøgningen',
      wantsApplicationGuidance: true,
      joinNetwork: false,
    });

    await press(emil, { verb: 'takeOff.register', eventId, needsNow: 'En mentor', wantsApplicationGuidance: 'true', joinNetwork: 'true' });
    expect((await storage.programmes.load(P.emil)).programme.takeOff()).toMatchObject({ needsNow: 'En mentor', joinNetwork: true });
    expect((await storage.programmes.auditLog(P.emil)).filter((a) => a.action === 'takeOff.registered')).toHaveLength(2);
  });

  it('refuses a trainee whose programme is not in completion, with a clear reason', async () => {
    const [reply] = await press(sofie, { verb: 'takeOff.register', eventId, needsNow: 'Alt', wantsApplicationGuidance: 'true', joinNetwork: 'true' });
    expect(reply.activity.text).toContain('Take-off er for ledertrainees, hvis forløb er i fasen Afslutning');
    expect((await storage.programmes.load(DEMO_PROGRAMME_IDS.inDevelopment)).programme.takeOff()).toBeUndefined();
  });

  it('refuses someone who is not a trainee, and an event that does not exist', async () => {
    const [leader] = await press(mette, { verb: 'takeOff.register', eventId, needsNow: '', wantsApplicationGuidance: 'false', joinNetwork: 'false' });
    expect(leader.activity.text).toContain('Kun ledertraineen selv kan tilmelde sig');
    const [unknown] = await press(emil, { verb: 'takeOff.register', eventId: 'no-such-event', needsNow: '' });
    expect(unknown.activity.text).toContain('Take-off-arrangementet findes ikke.');
  });

  it('shows Hanne the event with its registrations', async () => {
    const [reply] = await say(hanne, 'take-off');
    const card = cardOf(reply);
    const text = visibleText(card);
    expect(text).toContain('15. oktober 2026 · Rådhuset, mødesal 1');
    expect(text).toContain('Inviteret: 2 · Tilmeldt: 1');
    expect(text).toContain('**Emil Holt** · Vejledning til lederansøgningen: ja · Netværk: ja');
    expect(text).toContain('Har brug for nu: En mentor');
    expect(text).not.toContain('Ida Krogh');
    expect(byteSize(card)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
  });
});
