// The programme view (Mit forløb) over real HTTP on Azurite, read against the API contract.
import { apiPaths, meResponse, myTraineesResponse, programmeView } from '../../bot/src/api/contract';
import { people, programmes, startTabApi, TabApi } from './tabApiHarness';

let api: TabApi;
beforeAll(async () => {
  api = await startTabApi('tabview');
});
afterAll(() => api.close());

describe('Mit forløb', () => {
  test('the trainee sees her phase on the timeline, her progress and the approved learning agreement', async () => {
    const { status, body } = await api.get(apiPaths.programme(programmes.sofie), people.traineeInDevelopment.id);
    expect(status).toBe(200);
    const view = programmeView.parse(body);
    expect(view.viewerRole).toBe('trainee');
    expect(view.phase).toBe('development');
    expect(view.timeline.map((t) => [t.phase, t.status])).toEqual([
      ['nomination', 'done'],
      ['startup', 'done'],
      ['development', 'current'],
      ['completion', 'upcoming'],
    ]);
    expect(view.timeline[2].effects.map((e) => e.da)).toContain('Erfaring med ledelse i praksis.');
    expect(view.timeline[2].aids.map((a) => a.title.da)).toContain('Ledelse skal trænes');
    const inForce = view.agreements.find((a) => a.version === view.agreementInForce);
    expect(inForce?.status).toBe('accepted');
    expect(inForce?.approvedByTrainee?.by.name).toBe('Sofie Nielsen');
    expect(inForce?.approvedByLeader?.by.name).toBe('Mette Sørensen');
    expect(inForce?.blocks.some((b) => b.kind === 'leaderAspirantCourse')).toBe(true);
    expect(view.progress.blocksTotal).toBeGreaterThan(0);
    expect(view.progress.elapsedPercent).toBeGreaterThanOrEqual(0);
    expect(view.version).toBeGreaterThan(0);
  });

  test('an upcoming conversation carries its time and a link to its calendar file', async () => {
    const { body } = await api.get(apiPaths.programme(programmes.sofie), people.traineeInDevelopment.id);
    const upcoming = programmeView.parse(body).conversations.upcoming;
    expect(upcoming.length).toBeGreaterThan(0);
    expect(upcoming[0].calendarUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/calendar\/.+\.ics$/);
    const file = await fetch(upcoming[0].calendarUrl!);
    expect(file.status).toBe(200);
    expect(await file.text()).toContain('BEGIN:VCALENDAR');
  });

  test('held conversations show their documented answers, and the follow-up log its referater', async () => {
    const { body } = await api.get(apiPaths.programme(programmes.sofie), people.leader.id);
    const view = programmeView.parse(body);
    const documented = view.conversations.held.filter((c) => c.status === 'documented');
    expect(documented.length).toBeGreaterThan(0);
    expect(documented.some((c) => c.answers.length > 0)).toBe(true);
    expect(view.viewerRole).toBe('leader');
  });

  test('the trainee in start-up sees that the personality test waits for feedback before the start-up interview', async () => {
    const { body } = await api.get(apiPaths.programme(programmes.ahmad), people.traineeInStartup.id);
    const view = programmeView.parse(body);
    expect(view.phase).toBe('startup');
    expect(view.personalityTest.required).toBe(true);
    expect(view.personalityTest.taken).toBeDefined();
    expect(view.personalityTest.feedbackGiven).toBeUndefined();
  });
});

describe('who am I and my trainees', () => {
  test('the leader learns her roles and programmes, and sees both her trainees with their phase', async () => {
    const me = meResponse.parse((await api.get(apiPaths.me, people.leader.id)).body);
    expect(me.person.name).toBe('Mette Sørensen');
    expect(me.mode).toBe('local');
    expect(me.programmes.map((p) => p.role)).toEqual(['leader', 'leader']);
    const mine = myTraineesResponse.parse((await api.get(apiPaths.myTrainees, people.leader.id)).body);
    expect(mine.trainees.map((t) => [t.trainee.name, t.phase]).sort()).toEqual([
      ['Ahmad Rahimi', 'startup'],
      ['Sofie Nielsen', 'development'],
    ]);
  });

  test('the HR consultant is told his department, the admin that she is admin', async () => {
    expect(meResponse.parse((await api.get(apiPaths.me, people.hrConsultant.id)).body).hrDepartments).toEqual([{ id: 'mso', name: 'Sundhed og Omsorg' }]);
    expect(meResponse.parse((await api.get(apiPaths.me, people.programmeAdmin.id)).body).isProgrammeAdmin).toBe(true);
  });

  test('a trainee has no trainees of her own', async () => {
    expect((await api.get(apiPaths.myTrainees, people.traineeInDevelopment.id)).body).toEqual({ trainees: [] });
  });
});

describe('without a person', () => {
  test('local mode asks for a persona, in Danish and English, and shows nothing', async () => {
    const { status, body } = await api.get(apiPaths.programme(programmes.sofie), undefined);
    expect(status).toBe(401);
    expect(body).toEqual({ error: 'localPersonMissing', message: { da: expect.any(String), en: expect.any(String) } });
  });
});
