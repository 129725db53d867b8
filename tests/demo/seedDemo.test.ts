// The local demo on real Table Storage: a newcomer meets a living programme, and a restart keeps it.
import { DateTime } from 'luxon';
import { DEMO_PROGRAMME_IDS, demoDepartment, programmeInDevelopment, programmeInStartup, seedDemo } from '../../bot/src/demo/seedDemo';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { writePlaygroundConfig } from '../../bot/src/demo/playgroundConfig';
import { createTableStorage, TableStorage } from '../../bot/src/storage';
import { testConnectionString, uniqueTablePrefix } from '../support/tables';

let storage: TableStorage;
const now = new Date('2026-11-27T10:00:00Z');

beforeAll(async () => {
  storage = createTableStorage({ connectionString: testConnectionString() }, { tablePrefix: uniqueTablePrefix('demo') });
  await storage.ensureTables();
});

test('the demo leader sees two trainees: one in development with an accepted agreement, one in start-up', async () => {
  expect(await seedDemo(storage, now)).toBe(true);
  const programmes = await storage.programmes.listForPerson(demoPeople.leader.id);
  const byTrainee = Object.fromEntries(programmes.map((p) => [p.trainee.name, p]));
  expect(Object.keys(byTrainee).sort()).toEqual(['Ahmad Rahimi', 'Sofie Nielsen']);

  const sofie = byTrainee['Sofie Nielsen'];
  expect(sofie.phase).toBe('development');
  expect(sofie.effectiveAgreement()?.status).toBe('accepted');
  expect(sofie.followUps()).toHaveLength(1);

  const ahmad = byTrainee['Ahmad Rahimi'];
  expect(ahmad.phase).toBe('startup');
  expect(ahmad.personalityTest()).toMatchObject({ required: true, taken: expect.anything() });
  expect(ahmad.personalityTest().feedbackGiven).toBeUndefined();
});

test('the demo HR consultant finds both programmes in the department cohort', async () => {
  const cohort = await storage.programmes.listForDepartment('mso');
  expect(cohort.map((p) => p.id).sort()).toEqual(Object.values(DEMO_PROGRAMME_IDS).sort());
  expect((await storage.departments.get('mso')).hrConsultants.map((h) => h.name)).toEqual(['Lars Holm']);
});

test('seeding again after a restart changes nothing that is already there', async () => {
  const before = await storage.programmes.load(DEMO_PROGRAMME_IDS.inDevelopment);
  expect(await seedDemo(storage, new Date(now.getTime() + 86_400_000))).toBe(false);
  const after = await storage.programmes.load(DEMO_PROGRAMME_IDS.inDevelopment);
  expect(after.programme.toState()).toEqual(before.programme.toState());
});

test('the Agents Playground users are the demo people, with the leader as the one chatting', () => {
  const yaml = writePlaygroundConfig();
  expect(yaml).toMatch(/currentUser:\n {2}id: "demo-user-leader"\n {2}name: "Mette Sørensen"/);
  for (const person of Object.values(demoPeople)) expect(yaml).toContain(`aadObjectId: "${person.id}"`);
});

test('whatever day of the week the demo is started, its conversations fall on working days', () => {
  const weekdays = new Set<number>();
  for (let day = 0; day < 7; day++) {
    const startedAt = new Date(Date.UTC(2026, 10, 23 + day, 7, 30));
    for (const programme of [programmeInDevelopment(demoDepartment(), startedAt, `dev-${day}`), programmeInStartup(demoDepartment(), startedAt, `start-${day}`)]) {
      for (const conversation of programme.conversations()) weekdays.add(DateTime.fromISO(conversation.scheduledAt, { zone: 'Europe/Copenhagen' }).weekday);
    }
  }
  expect([...weekdays].sort()).toEqual(expect.arrayContaining([1, 5]));
  expect([...weekdays].filter((weekday) => weekday > 5)).toEqual([]);
});
