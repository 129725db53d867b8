// `påmindelser pause` / `påmindelser genoptag` over real HTTP: the leader pauses the programme's
// reminders (audited), the trainee cannot, and resuming brings them back.
import { Programme } from '../../bot/src/domain/programme';
import { dueReminders } from '../../bot/src/domain/reminders';
import { TableStorage } from '../../bot/src/storage';
import { azuriteStorage, BotServer, startBotServer } from '../support/botServer';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { personalMessage, asTeamsUser } from '../bot/activities';
import { calendar, hr, inDevelopment, leader, trainee } from './fixtures';

let storage: TableStorage;
let bot: BotServer;
let connector: RecordingConnector;
const programme = inDevelopment({ id: 'p-pause' });


async function say(person: { id: string; name: string }, text: string): Promise<string[]> {
  const activity = personalMessage({ serviceUrl: connector.serviceUrl, user: asTeamsUser(person), locale: 'da-DK' }, text);
  const before = connector.activitiesIn(activity.conversation.id).length;
  expect((await bot.post(activity)).status).toBe(200);
  return connector.activitiesIn(activity.conversation.id).slice(before).map((r) => r.activity.text ?? '');
}

async function stored(): Promise<Programme> {
  return (await storage.programmes.load(programme.id)).programme;
}

beforeAll(async () => {
  storage = await azuriteStorage('pause');
  await storage.programmes.create(Programme.fromState(programme), { at: programme.nominated.at, by: leader.id, action: 'test.create' });
  connector = await startRecordingConnector();
  bot = await startBotServer({ storage, conversationReferences: storage.conversationReferences });
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

test('the leader pauses the reminders: stored and audited, and nothing is due any more', async () => {
  expect(await say(leader, 'påmindelser pause')).toEqual([
    'Påmindelserne er sat på pause for: Tina Trainee. Skriv **påmindelser genoptag** for at få dem igen.',
  ]);
  const paused = await stored();
  expect(paused.remindersPaused()).toMatchObject({ by: leader.id });
  expect(dueReminders(paused.toState(), new Date('2025-06-02T09:00:00Z'), { calendar, departmentHrIds: [hr.id] })).toEqual([]);
  const [latest] = await storage.programmes.auditLog(programme.id, 1);
  expect(latest).toMatchObject({ action: 'reminders.paused', by: leader.id });
});

test('the trainee cannot pause their own reminders', async () => {
  expect(await say(trainee, 'påmindelser genoptag')).toEqual([
    'Du er ikke nærmeste leder eller HR-konsulent på et igangværende forløb, hvis påmindelser du kan ændre.',
  ]);
  expect((await stored()).remindersPaused()).toBeDefined();
});

test('resuming (by the trainee\'s name) brings them back; without pause/genoptag the usage is shown', async () => {
  expect(await say(leader, 'påmindelser genoptag tina')).toEqual(['Påmindelserne er genoptaget for: Tina Trainee.']);
  expect((await stored()).remindersPaused()).toBeUndefined();
  expect(await say(leader, 'påmindelser')).toEqual([
    'Skriv **påmindelser pause** eller **påmindelser genoptag** (evt. efterfulgt af ledertraineens navn).',
  ]);
});
