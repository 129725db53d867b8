/**
 * Tells people what happened, each in their own language (their choice, else the Teams locale last
 * seen from them). Used by use cases after a change has been saved.
 */
import { PersonId } from '../domain/people';
import { PersonDirectory } from '../domain/ports';
import { languageOfPerson } from './language';
import { Notice, Notifier } from './ports';

export interface TellDeps {
  people: PersonDirectory;
  notifier: Notifier;
}

export interface Telling {
  to: PersonId;
  notice: Notice;
}

export async function tell(deps: TellDeps, tellings: readonly Telling[]): Promise<void> {
  await Promise.all(
    tellings.map(async ({ to, notice }) => {
      const person = await deps.people.find(to).catch(() => undefined);
      await deps.notifier.notify(to, languageOfPerson(person), notice);
    }),
  );
}
