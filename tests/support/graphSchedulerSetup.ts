// The Graph scheduler against the local fake Graph, and a programme in start-up for it to book, for
// the tests that book conversations through the use cases with Teams meetings: Mette (leader) and
// Lars (HR) of the demo department with a trainee of the suite's own.
import type { TokenCredential } from '@azure/identity';
import { Logger } from '../../bot/src/application/ports';
import { demoDepartment } from '../../bot/src/demo/seedDemo';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { Person } from '../../bot/src/domain/people';
import { Programme } from '../../bot/src/domain/programme';
import { createBuiltInScheduler } from '../../bot/src/scheduling/builtInScheduler';
import { createGraphScheduler } from '../../bot/src/scheduling/graphScheduler';
import { TableStorage } from '../../bot/src/storage';
import { FAKE_GRAPH_TOKEN, FakeGraph } from './fakeGraph';

/** The mailbox that organises every meeting. */
export const GRAPH_ORGANIZER = 'ledertrainee-noreply@aarhus.dk';

const credential: TokenCredential = { getToken: async () => ({ token: FAKE_GRAPH_TOKEN, expiresOnTimestamp: Date.now() + 3_600_000 }) };

/** The Graph scheduler as production builds it, talking to the fake Graph. */
export function fakeGraphScheduler(graph: FakeGraph, logger: Logger): ReturnType<typeof createGraphScheduler> {
  return createGraphScheduler({
    credential,
    organizer: GRAPH_ORGANIZER,
    builtIn: createBuiltInScheduler({ publicBaseUrl: () => undefined }),
    logger,
    baseUrl: graph.baseUrl,
    fetch: graph.fetch,
  });
}

/**
 * Stores Mette, Lars, `trainee` and the demo department, and `trainee`'s programme (id `id`)
 * nominated by Mette ten days before `now` and in start-up, so its conversations can be booked.
 */
export async function storeProgrammeInStartup(storage: TableStorage, { id, trainee, now }: { id: string; trainee: Person; now: Date }): Promise<void> {
  const mette = demoPeople.leader;
  const lars = demoPeople.hrConsultant;
  for (const person of [mette, lars, trainee]) await storage.people.add(person);
  const department = demoDepartment();
  await storage.departments.add(department);
  const at = new Date(now.getTime() - 10 * 86_400_000);
  const ref = (p: Person) => ({ id: p.id, name: p.name, email: p.email });
  const programme = Programme.nominate(
    { id, department, trainee: ref(trainee), leader: ref(mette), hrConsultant: ref(lars), reason: 'Tager ansvar og vil gerne lede.', leaderClarificationCompleted: true },
    at,
    mette.id,
  );
  programme.beginStartup(new Date(at.getTime() + 1000), lars.id);
  await storage.programmes.create(programme, { at: at.toISOString(), by: mette.id, action: 'test.created' });
}
