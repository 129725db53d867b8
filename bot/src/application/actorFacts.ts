/**
 * What the product knows about the person acting: the roles they hold outside any one programme.
 * Always read from storage inside a use case, never taken from what a caller built, so nobody can
 * make themselves an HR consultant of another department by saying so.
 */
import { Actor } from '../domain/access';
import { PersonId } from '../domain/people';
import { PersonDirectory } from '../domain/ports';

export async function actorFacts(people: PersonDirectory, personId: PersonId): Promise<Actor> {
  const person = await people.find(personId);
  return {
    id: personId,
    isProgrammeAdmin: person?.isProgrammeAdmin ?? false,
    hrDepartmentIds: person?.hrDepartmentIds ?? [],
  };
}
