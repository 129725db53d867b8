// Every route of the tab API × trainee, leader, HR consultant, programme admin × their own
// programme, another programme and one in another department. Whoever may not see a programme
// gets exactly the answer for a programme that does not exist: same status, same body.
import { apiPaths, overviewResponse } from '../../bot/src/api/contract';
import { elsewhere, people, programmes, startTabApi, TabApi } from './tabApiHarness';

let api: TabApi;
beforeAll(async () => {
  api = await startTabApi('tabmatrix');
  await bookStartupInOtherDepartment();
});
afterAll(() => api.close());

const NO_SUCH_PROGRAMME = 'no-such-programme';

/** A booked conversation of each programme, for the routes about one conversation. */
const CONVERSATION_OF: Record<string, string> = {
  [programmes.sofie]: `${programmes.sofie}-opfoelgning-2`,
  [programmes.ahmad]: `${programmes.ahmad}-opstart-1`,
  [programmes.otherDepartment]: `${programmes.otherDepartment}-opstart-1`,
  [NO_SUCH_PROGRAMME]: `${programmes.sofie}-opfoelgning-2`,
};

/** The other department's HR consultant accepts its nomination and its leader books start-up part 1. */
async function bookStartupInOtherDepartment(): Promise<void> {
  const loaded = await api.storage.programmes.load(programmes.otherDepartment);
  const now = new Date();
  loaded.programme.acceptNomination(await api.storage.departments.get('bu'), now, elsewhere.hr.id);
  loaded.programme.book('startupPart1', CONVERSATION_OF[programmes.otherDepartment], new Date(now.getTime() + 7 * 24 * 3_600_000), 90, now, elsewhere.leader.id);
  await api.storage.programmes.save(loaded, { at: now.toISOString(), by: elsewhere.leader.id, action: 'conversation.booked' });
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
/** Each programme route with a request that would be valid but made from a stale version, so nothing changes. */
const programmeRoutes: { name: string; method: Method; path: (id: string) => string; body?: unknown }[] = [
  { name: 'the programme view', method: 'GET', path: (id) => apiPaths.programme(id) },
  { name: "a conversation's template", method: 'GET', path: (id) => apiPaths.conversationTemplate(id, CONVERSATION_OF[id]) },
  { name: 'the agreement terms', method: 'PUT', path: (id) => apiPaths.agreementTerms(id), body: { expectedVersion: 0, followUpCadenceWeeks: 3 } },
  { name: 'adding a goal', method: 'POST', path: (id) => apiPaths.goals(id), body: { expectedVersion: 0, text: 'Lede et møde', evidence: 'Feedback' } },
  { name: 'changing a goal', method: 'PUT', path: (id) => apiPaths.goal(id, 'g1'), body: { expectedVersion: 0, text: 'Nyt mål' } },
  { name: 'removing a goal', method: 'DELETE', path: (id) => `${apiPaths.goal(id, 'g1')}?expectedVersion=0` },
  { name: 'adding a building block', method: 'POST', path: (id) => apiPaths.blocks(id), body: { expectedVersion: 0, kind: 'course', title: 'Kursus i forandringsledelse' } },
  { name: 'changing a building block', method: 'PUT', path: (id) => apiPaths.block(id, 'b1'), body: { expectedVersion: 0, title: 'Ny titel' } },
  { name: 'removing a building block', method: 'DELETE', path: (id) => `${apiPaths.block(id, 'b1')}?expectedVersion=0` },
  { name: "a building block's status", method: 'PUT', path: (id) => apiPaths.blockStatus(id, 'b1'), body: { expectedVersion: 0, status: 'done' } },
  { name: 'approving the agreement', method: 'POST', path: (id) => apiPaths.approve(id), body: { expectedVersion: 0 } },
  { name: 'acknowledging the agreement', method: 'POST', path: (id) => apiPaths.acknowledge(id), body: { expectedVersion: 0 } },
  { name: 'revising the agreement', method: 'POST', path: (id) => apiPaths.revise(id), body: { expectedVersion: 0, reason: 'Ny retning' } },
];

const callers = {
  trainee: people.traineeInDevelopment.id,
  leader: people.leader.id,
  'HR consultant': people.hrConsultant.id,
  'programme admin': people.programmeAdmin.id,
};
type CallerName = keyof typeof callers;

const targets = { 'own programme': programmes.sofie, 'another programme': programmes.ahmad, 'another department': programmes.otherDepartment };
type TargetName = keyof typeof targets;

/** Who may see which programme, by the domain's rules: participants, the department's HR, programme admins. */
const maySee: Record<CallerName, TargetName[]> = {
  trainee: ['own programme'],
  leader: ['own programme', 'another programme'],
  'HR consultant': ['own programme', 'another programme'],
  'programme admin': ['own programme', 'another programme', 'another department'],
};

async function call(method: Method, path: string, personId: string, body?: unknown) {
  if (method === 'GET') {
    const { status, body: json } = await api.get(path, personId);
    return { status, body: json };
  }
  return api.send(method, path, personId, body);
}

describe.each(programmeRoutes)('$name', (route) => {
  for (const [callerName, personId] of Object.entries(callers) as [CallerName, string][]) {
    for (const [targetName, programmeId] of Object.entries(targets) as [TargetName, string][]) {
      const allowed = maySee[callerName].includes(targetName);
      test(`${callerName} × ${targetName}: ${allowed ? 'answered' : 'answered exactly like a programme that does not exist'}`, async () => {
        const missing = await call(route.method, route.path(NO_SUCH_PROGRAMME), personId, route.body);
        expect(missing.status).toBe(404);
        expect(missing.body).toEqual({ error: 'programmeNotFound', message: { da: 'Forløbet findes ikke.', en: 'The programme does not exist.' } });
        const answer = await call(route.method, route.path(programmeId), personId, route.body);
        if (allowed) {
          expect(answer.body).not.toEqual(missing.body);
          if (route.method === 'GET') expect(answer.status).toBe(200);
          else expect([400, 403, 409, 422]).toContain(answer.status);
        } else {
          expect(answer).toEqual(missing);
        }
      });
    }
  }
});

describe('the lists', () => {
  test("Oversigt: the HR consultant sees his department's cohort and nothing of another department", async () => {
    const own = overviewResponse.parse((await api.get(apiPaths.overview, callers['HR consultant'])).body);
    expect(own.scope).toBe('department');
    expect(own.rows.map((r) => r.programmeId).sort()).toEqual([programmes.ahmad, programmes.sofie].sort());
    const other = await api.get(`${apiPaths.overview}?department=bu`, callers['HR consultant']);
    const none = await api.get(apiPaths.overview, callers.trainee);
    expect(other.status).toBe(404);
    expect(other.body).toEqual(none.body);
  });

  test('Oversigt: the programme admin sees every department', async () => {
    const all = overviewResponse.parse((await api.get(`${apiPaths.overview}?includeClosed=true`, callers['programme admin'])).body);
    expect(all.scope).toBe('all');
    expect(all.rows.map((r) => r.programmeId)).toEqual(expect.arrayContaining([programmes.sofie, programmes.ahmad, programmes.otherDepartment]));
  });

  test.each(['trainee', 'leader'] as const)('Oversigt, its CSV export and the programme feedback do not exist for a %s', async (name) => {
    for (const path of [apiPaths.overview, apiPaths.overviewCsv, apiPaths.feedback]) {
      const answer = await api.get(path, callers[name]);
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual({ error: 'notFound', message: { da: 'Siden findes ikke.', en: 'The page does not exist.' } });
    }
  });

  test('the programme feedback is for programme admins only', async () => {
    expect((await api.get(apiPaths.feedback, callers['HR consultant'])).status).toBe(404);
    expect((await api.get(apiPaths.feedback, callers['programme admin'])).status).toBe(200);
  });

  test("the other department's HR consultant sees only her own cohort", async () => {
    const theirs = overviewResponse.parse((await api.get(`${apiPaths.overview}?includeClosed=true`, elsewhere.hr.id)).body);
    expect(theirs.rows.map((r) => r.programmeId)).toEqual([programmes.otherDepartment]);
  });

  test('Mine ledertrainees lists only the programmes where the caller is the nearest leader', async () => {
    for (const [name, personId] of Object.entries(callers)) {
      const { body } = await api.get(apiPaths.myTrainees, personId);
      const ids = (body.trainees as { programmeId: string }[]).map((t) => t.programmeId).sort();
      expect([name, ids]).toEqual([name, name === 'leader' ? [programmes.ahmad, programmes.sofie].sort() : []]);
    }
  });
});
