// People and programmes for the tests that drive the bot over HTTP with Azurite: a programme built
// through the domain's own walk (tests/domain/builders) is handed to the suite's own people, so each
// suite works on ids nobody else in the shared storage uses.
import { randomUUID } from 'node:crypto';
import { Person } from '../../bot/src/domain/people';
import { Programme } from '../../bot/src/domain/programme';
import { HR, LEADER, TRAINEE } from '../domain/builders';

/** A Danish-speaking person with a fresh id, their email made from the first name. */
export function personNamed(name: string, isProgrammeAdmin = false): Person {
  return { id: randomUUID(), name, email: `${name.split(' ')[0].toLowerCase()}@demo.aarhus.dk`, locale: 'da-DK', isProgrammeAdmin, hrDepartmentIds: [] };
}

/** The builders' programme with its trainee, leader and HR consultant replaced, under the id `id`. */
export function programmeFor(programme: Programme, id: string, people: { trainee: Person; leader: Person; hr: Person }): Programme {
  const renamed = JSON.stringify(programme.toState())
    .replaceAll(TRAINEE.id, people.trainee.id)
    .replaceAll(LEADER.id, people.leader.id)
    .replaceAll(HR.id, people.hr.id)
    .replaceAll(TRAINEE.name, people.trainee.name)
    .replaceAll(LEADER.name, people.leader.name)
    .replaceAll(HR.name, people.hr.name)
    .replaceAll('"programme-1"', JSON.stringify(id));
  return Programme.fromState(JSON.parse(renamed));
}
