// The tab API over real HTTP on Azurite: the demo seeded (Sofie in the development part, Ahmad in
// start-up, leader Mette, HR consultant Lars of Sundhed og Omsorg, programme admin Hanne) plus a
// programme in another department (Børn og Unge) with its own people.
import { Programme } from '../../bot/src/domain/programme';
import type { Person } from '../../bot/src/domain/people';
import { LOCAL_PERSON_HEADER } from '../../bot/src/api/contract';
import { DEMO_PROGRAMME_IDS, seedDemo } from '../../bot/src/demo/seedDemo';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import type { TableStorage } from '../../bot/src/storage';
import { azuriteStorage, BotServer, BotServerOptions, startBotServer } from '../support/botServer';
import { nominatedProgramme } from '../support/programmeFixtures';

export const people = demoPeople;

const other = (id: string, name: string, extra: Partial<Person> = {}): Person => ({
  id,
  name,
  email: `${id}@demo.aarhus.dk`,
  locale: 'da-DK',
  isProgrammeAdmin: false,
  hrDepartmentIds: [],
  ...extra,
});

/** The other department's people: its HR consultant, a leader and a trainee. */
export const elsewhere = {
  hr: other('3a7d1c4e-8a3b-4c5d-9e7f-0a1b2c3d4e11', 'Birgit Bang', { hrDepartmentIds: ['bu'] }),
  leader: other('3a7d1c4e-8a3b-4c5d-9e7f-0a1b2c3d4e12', 'Bo Boesen'),
  trainee: other('3a7d1c4e-8a3b-4c5d-9e7f-0a1b2c3d4e13', 'Bent Berg'),
};

export const programmes = {
  sofie: DEMO_PROGRAMME_IDS.inDevelopment,
  ahmad: DEMO_PROGRAMME_IDS.inStartup,
  otherDepartment: 'bu-bent-berg',
};

export interface TabApi {
  server: BotServer;
  storage: TableStorage;
  baseUrl: string;
  /** GET as the person (the local person header), JSON parsed when JSON. */
  get(path: string, personId: string | undefined, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Headers; text: string }>;
  send(method: 'POST' | 'PUT' | 'DELETE', path: string, personId: string, body?: unknown): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export async function startTabApi(label: string, options: Partial<BotServerOptions> = {}): Promise<TabApi> {
  const storage = await azuriteStorage(label);
  await seedDemo(storage, new Date());
  for (const person of Object.values(elsewhere)) await storage.people.add(person);
  await storage.departments.add({ id: 'bu', name: 'Børn og Unge', hrConsultants: [{ id: elsewhere.hr.id, name: elsewhere.hr.name }] });
  const state = nominatedProgramme({
    id: programmes.otherDepartment,
    departmentId: 'bu',
    trainee: { id: elsewhere.trainee.id, name: elsewhere.trainee.name },
    leader: { id: elsewhere.leader.id, name: elsewhere.leader.name },
    nominated: { at: new Date().toISOString(), by: elsewhere.leader.id },
    phaseHistory: [{ phase: 'nomination', enteredAt: new Date().toISOString() }],
  });
  await storage.programmes.create(Programme.fromState(state), { at: new Date().toISOString(), by: elsewhere.leader.id, action: 'programme.nominated' });

  const server = await startBotServer({ conversationReferences: storage.conversationReferences, storage, ...options });
  const baseUrl = server.messagesUrl.replace(/\/api\/messages$/, '');
  const headersFor = (personId: string | undefined): Record<string, string> => (personId ? { [LOCAL_PERSON_HEADER]: personId } : {});
  return {
    server,
    storage,
    baseUrl,
    get: async (path, personId, headers = {}) => {
      const response = await fetch(`${baseUrl}${path}`, { headers: { ...headersFor(personId), ...headers } });
      const text = await response.text();
      const json = (response.headers.get('content-type') ?? '').includes('json');
      return { status: response.status, body: json ? JSON.parse(text) : undefined, headers: response.headers, text };
    },
    send: async (method, path, personId, body) => {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { ...headersFor(personId), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    },
    close: () => server.close(),
  };
}
