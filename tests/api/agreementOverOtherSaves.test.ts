// An edit of the learning agreement made from an older version passes over saves that left the
// agreement alone, and only those: what counts is whether the save changed the agreement (recorded on
// its audit entry), not what the action is called.
import { apiPaths, programmeView, ProgrammeView } from '../../bot/src/api/contract';
import { changeProgramme } from '../../bot/src/application/changeProgramme';
import { systemClock } from '../../bot/src/application/ports';
import { setRemindersPaused } from '../../bot/src/application/reminderPause';
import { people, programmes, startTabApi, TabApi } from './tabApiHarness';

let api: TabApi;
beforeAll(async () => {
  api = await startTabApi('tabpassover');
});
afterAll(() => api.close());

const sofie = people.traineeInDevelopment.id;
const mette = people.leader.id;
const deps = () => ({ programmes: api.storage.programmes, people: api.storage.people, clock: systemClock });

async function viewAs(personId: string): Promise<ProgrammeView> {
  return programmeView.parse((await api.get(apiPaths.programme(programmes.sofie), personId)).body);
}

async function newVersionOpenedBy(personId: string): Promise<ProgrammeView> {
  const start = await viewAs(personId);
  const revised = await api.send('POST', apiPaths.revise(programmes.sofie), personId, { expectedVersion: start.version, reason: 'Nyt praksiselement' });
  expect(revised.status).toBe(200);
  return programmeView.parse(revised.body);
}

test('the trainee adds a learning goal from the page she opened before the leader paused the reminders: it is saved', async () => {
  const seen = await newVersionOpenedBy(mette);
  expect(await setRemindersPaused(deps(), { actorId: mette, paused: true })).toContain('Sofie Nielsen');

  const goal = await api.send('POST', apiPaths.goals(programmes.sofie), sofie, { expectedVersion: seen.version, text: 'Lede et personalemøde', evidence: 'Referat og feedback' });

  expect(goal.status).toBe(200);
  const after = programmeView.parse(goal.body);
  expect(after.version).toBe(seen.version + 2);
  expect(after.agreements[0].goals.map((g) => g.text)).toContain('Lede et personalemøde');
});

test('a save that changed the agreement refuses an edit from before it, whatever that save was called', async () => {
  const seen = await viewAs(sofie);
  await changeProgramme(deps(), { programmeId: programmes.sofie, actorId: mette, action: 'reminders.resumed' }, (p, at) =>
    p.setAgreementTerms({ followUpCadenceWeeks: 3 }, at, mette),
  );

  const goal = await api.send('POST', apiPaths.goals(programmes.sofie), sofie, { expectedVersion: seen.version, text: 'Lede et tværgående møde', evidence: 'Feedback' });

  expect(goal.status).toBe(409);
  const now = await viewAs(sofie);
  expect(now.agreements[0].goals.map((g) => g.text)).not.toContain('Lede et tværgående møde');
  expect(now.agreements[0].followUpCadenceWeeks).toBe(3);
});
