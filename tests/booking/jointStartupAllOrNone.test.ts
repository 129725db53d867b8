// All or none, also when the programmes themselves change: the joint start-up meeting is saved
// programme by programme (each over its own ETag), so when someone changes the second programme in
// the same moment, the first one already saved gets the meeting cancelled again, every reserved time
// is given back, nobody is told of a meeting, and the HR consultant gets fresh proposals. On Azurite:
// the competing change is a real save by the programme's leader, between loading and saving.
import { randomBytes, randomUUID } from 'node:crypto';
import { bookJointStartup, proposeJointStartup } from '../../bot/src/application/booking/jointStartup';
import { reservationCells } from '../../bot/src/application/booking/bookingRules';
import { Notice, Notifier } from '../../bot/src/application/ports';
import { demoDepartment } from '../../bot/src/demo/seedDemo';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { Person } from '../../bot/src/domain/people';
import { LoadedProgramme, ProgrammeRepository } from '../../bot/src/domain/ports';
import { Programme } from '../../bot/src/domain/programme';
import { createBuiltInScheduler } from '../../bot/src/scheduling/builtInScheduler';
import { TableStorage } from '../../bot/src/storage';
import { azuriteStorage } from '../support/botServer';

const NOW = new Date('2026-09-01T08:00:00.000Z');
const mette = demoPeople.leader;
const lars = demoPeople.hrConsultant;
const person = (n: number, name: string): Person => ({ id: `f0000000-0000-4000-8000-00000000000${n}`, name, email: `f${n}@demo.aarhus.dk`, locale: 'da-DK', isProgrammeAdmin: false, hrDepartmentIds: [] });
const karen = person(1, 'Karen Dahl');
const emil = person(2, 'Emil Holt');
const ida = person(3, 'Ida Krogh');
const P = { emil: 'allornone-emil', ida: 'allornone-ida' };

let storage: TableStorage;
const told: Array<{ to: string; notice: Notice }> = [];
const notifier: Notifier = { notify: async (to, _language, notice) => void told.push({ to, notice }) };

/** The real repository; just before Ida's programme is saved, her leader changes it (a real save). */
function racingRepository(real: ProgrammeRepository): ProgrammeRepository & { raced: number } {
  const repository = {
    raced: 0,
    create: real.create.bind(real),
    load: real.load.bind(real),
    listForPerson: real.listForPerson.bind(real),
    listForDepartment: real.listForDepartment.bind(real),
    auditLog: real.auditLog.bind(real),
    async save(loaded: LoadedProgramme, audit: Parameters<ProgrammeRepository['save']>[1]) {
      if (loaded.programme.id === P.ida && audit.action === 'conversation.booked' && repository.raced === 0) {
        repository.raced += 1;
        const theirs = await real.load(P.ida);
        theirs.programme.setRemindersPaused(true, NOW, karen.id);
        await real.save(theirs, { at: NOW.toISOString(), by: karen.id, action: 'reminders.paused' });
      }
      return real.save(loaded, audit);
    },
  };
  return repository;
}

beforeAll(async () => {
  storage = await azuriteStorage('allornone');
  for (const p of [mette, lars, karen, emil, ida]) await storage.people.add(p);
  const department = demoDepartment();
  await storage.departments.add(department);
  const at = new Date(NOW.getTime() - 10 * 86_400_000);
  const ref = (p: Person) => ({ id: p.id, name: p.name, email: p.email });
  for (const [id, trainee, leader] of [[P.emil, emil, mette], [P.ida, ida, karen]] as const) {
    const p = Programme.nominate({ id, department, trainee: ref(trainee), leader: ref(leader), hrConsultant: ref(lars), reason: 'Vil gerne lede.', leaderClarificationCompleted: true }, at, leader.id);
    p.beginStartup(new Date(at.getTime() + 1000), lars.id);
    await storage.programmes.create(p, { at: at.toISOString(), by: leader.id, action: 'test.created' });
  }
});

test('a programme changed in the same moment: the other one is not left booked, the time is free again, and new times come back', async () => {
  const programmes = racingRepository(storage.programmes);
  const deps = {
    programmes,
    people: storage.people,
    clock: { now: () => NOW },
    notifier,
    scheduler: createBuiltInScheduler({ calendarLinkSecret: randomBytes(32).toString('base64url'), publicBaseUrl: () => 'http://127.0.0.1:1' }),
    slotReservations: storage.slotReservations,
    ids: { newId: () => randomUUID() },
  };
  const programmeIds = `${P.emil},${P.ida}`;
  const proposal = await proposeJointStartup(deps, { actorId: lars.id, programmeIds });
  const [slot] = proposal.slots;

  const outcome = await bookJointStartup(deps, { actorId: lars.id, actorName: lars.name, programmeIds, start: slot.start });
  expect(programmes.raced).toBe(1);
  expect(outcome.outcome).toBe('taken');
  expect(outcome.outcome === 'taken' && outcome.proposals?.slots.length).toBeGreaterThanOrEqual(3);

  // Emil's programme was saved first: the meeting is cancelled there again (audited), not left booked.
  const emils = (await storage.programmes.load(P.emil)).programme.conversations();
  expect(emils.filter((c) => c.status === 'booked')).toEqual([]);
  expect(emils.map((c) => c.cancelled?.reason)).toEqual(['Det fælles opstartsmøde kunne ikke aftales for alle.']);
  expect((await storage.programmes.load(P.ida)).programme.conversations()).toEqual([]);
  // The leader's own change stands.
  expect((await storage.programmes.load(P.ida)).programme.remindersPaused()?.by).toBe(karen.id);
  // Nobody was told of a meeting.
  expect(told).toEqual([]);
  // Everyone's time at that moment is free again.
  const cells = reservationCells(new Date(slot.start), 90);
  const probe = { programmeId: 'probe', conversationId: 'probe' };
  const everyone = [emil.id, ida.id, mette.id, karen.id, lars.id];
  expect(await storage.slotReservations.reserve(probe, everyone, cells)).toBe(true);
  await storage.slotReservations.release(probe, everyone, cells);

  // Tried again, the meeting is booked in both programmes.
  const again = await bookJointStartup(deps, { actorId: lars.id, actorName: lars.name, programmeIds, start: slot.start });
  expect(again.outcome).toBe('booked');
  const booked = await Promise.all([P.emil, P.ida].map(async (id) => (await storage.programmes.load(id)).programme.conversations().filter((c) => c.status === 'booked')));
  expect(booked.map((list) => list.map((c) => c.scheduledAt))).toEqual([[slot.start], [slot.start]]);
  expect(new Set(told.map((t) => t.to))).toEqual(new Set([emil.id, ida.id, mette.id, karen.id]));
});
