// Editing the learning agreement from the tab, through the same use cases as the cards: a change
// answers with the fresh programme view; a change made from an older version is refused with 409,
// who changed it and the programme as it is now — nothing is overwritten.
import { apiPaths, conflictResponse, programmeView, ProgrammeView } from '../../bot/src/api/contract';
import { people, programmes, startTabApi, TabApi } from './tabApiHarness';

let api: TabApi;
beforeAll(async () => {
  api = await startTabApi('tabedit');
});
afterAll(() => api.close());

const sofie = people.traineeInDevelopment.id;
const mette = people.leader.id;

async function viewAs(personId: string): Promise<ProgrammeView> {
  return programmeView.parse((await api.get(apiPaths.programme(programmes.sofie), personId)).body);
}

test('the leader opens a new version, both add to it, and it is in force once trainee and leader have approved it', async () => {
  const start = await viewAs(mette);
  expect(start.can.reviseAgreement).toBe(true);
  const revised = await api.send('POST', apiPaths.revise(programmes.sofie), mette, { expectedVersion: start.version, reason: 'Nyt praksiselement efter midtvejssamtalen' });
  expect(revised.status).toBe(200);
  const draft = programmeView.parse(revised.body);
  expect(draft.draftVersion).toBe((start.agreementInForce ?? 0) + 1);

  const goal = await api.send('POST', apiPaths.goals(programmes.sofie), sofie, { expectedVersion: draft.version, text: 'Lede et tværgående projektmøde', evidence: 'Deltagerne giver skriftlig feedback' });
  expect(goal.status).toBe(200);
  const withGoal = programmeView.parse(goal.body);
  const newest = withGoal.agreements[0];
  expect(newest.goals.map((g) => g.text)).toContain('Lede et tværgående projektmøde');

  const block = await api.send('POST', apiPaths.blocks(programmes.sofie), mette, {
    expectedVersion: withGoal.version,
    kind: 'practiceElement',
    title: 'Projektleder på tværgående projekt',
    goalIds: [newest.goals.find((g) => g.text === 'Lede et tværgående projektmøde')!.id],
    practice: { type: 'project', reach: 'crossCutting', form: 'sideBySide', scope: '3 timer om ugen i 2 måneder', complexity: 3 },
  });
  expect(block.status).toBe(200);
  const withBlock = programmeView.parse(block.body);
  expect(withBlock.agreements[0].blocks.find((b) => b.title === 'Projektleder på tværgående projekt')?.practice?.formLabel.da).toBe('Sidemandsoplæring');

  const first = await api.send('POST', apiPaths.approve(programmes.sofie), sofie, { expectedVersion: withBlock.version });
  expect(first.status).toBe(200);
  const second = await api.send('POST', apiPaths.approve(programmes.sofie), mette, { expectedVersion: programmeView.parse(first.body).version });
  expect(second.status).toBe(200);
  const approved = programmeView.parse(second.body);
  expect(approved.agreementInForce).toBe(draft.draftVersion);
  expect(approved.agreements[0].approvedByTrainee?.by.name).toBe('Sofie Nielsen');
  expect(approved.agreements[0].approvedByLeader?.by.name).toBe('Mette Sørensen');
  expect(approved.agreements[1].status).toBe('superseded');
});

test('a change made from an older version is refused with who changed it and the programme now; nothing is overwritten', async () => {
  const seen = await viewAs(mette);
  const block = seen.agreements.find((a) => a.version === seen.agreementInForce)!.blocks.find((b) => b.status !== 'done' && b.status !== 'dropped')!;
  const first = await api.send('PUT', apiPaths.blockStatus(programmes.sofie, block.id), sofie, { expectedVersion: seen.version, status: 'done' });
  expect(first.status).toBe(200);

  const late = await api.send('PUT', apiPaths.blockStatus(programmes.sofie, block.id), mette, { expectedVersion: seen.version, status: 'dropped' });
  expect(late.status).toBe(409);
  const conflict = conflictResponse.parse(late.body);
  expect(conflict.error).toBe('versionConflict');
  expect(conflict.changedBy?.name).toBe('Sofie Nielsen');
  expect(conflict.message.da).toContain('Sofie Nielsen');
  expect(conflict.message.en).toContain('Sofie Nielsen');
  expect(conflict.currentVersion).toBeGreaterThan(seen.version);
  expect(conflict.current.agreements[0].blocks.find((b) => b.id === block.id)?.status).toBe('done');
  expect((await viewAs(mette)).agreements[0].blocks.find((b) => b.id === block.id)?.status).toBe('done');
});

test('bad input is answered in Danish and English with the field, and nothing changes', async () => {
  const before = await viewAs(mette);
  const missing = await api.send('POST', apiPaths.goals(programmes.sofie), mette, { expectedVersion: before.version, text: 'Uden evidens' });
  expect(missing.status).toBe(400);
  expect(missing.body).toEqual({ error: 'invalidRequest', field: 'evidence', message: { da: expect.stringContaining('evidence'), en: expect.stringContaining('evidence') } });
  const wrongStatus = await api.send('PUT', apiPaths.blockStatus(programmes.sofie, 'b1'), mette, { expectedVersion: before.version, status: 'finished' });
  expect(wrongStatus.status).toBe(400);
  const noVersion = await api.send('DELETE', `${apiPaths.goal(programmes.sofie, 'g1')}`, mette);
  expect(noVersion.status).toBe(400);
  expect((await viewAs(mette)).version).toBe(before.version);
});

test('a trainee cannot acknowledge for HR: told why, since she may see the programme', async () => {
  const seen = await viewAs(sofie);
  const answer = await api.send('POST', apiPaths.acknowledge(programmes.sofie), sofie, { expectedVersion: seen.version });
  expect([403, 422]).toContain(answer.status);
  expect(answer.body.message.da).toEqual(expect.any(String));
  expect((await viewAs(sofie)).version).toBe(seen.version);
});
