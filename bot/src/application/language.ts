/**
 * The language each person is answered in: the one they chose (`sprog dansk` / `language
 * english`), else the Teams locale last seen from them, Danish unless it is English. The last seen
 * locale is kept in the person directory, so a reminder sent later, when no activity says which
 * locale the person uses, is in their language too.
 */
import { DomainError, NotFoundError, toLocale } from '../domain/errors';
import { Locale } from '../domain/localizedText';
import { Person, PersonRef } from '../domain/people';
import { PersonDirectory } from '../domain/ports';

export interface LanguageDeps {
  people: PersonDirectory;
}

/** Who is writing, as far as the channel knows: the Entra object id and the display name. */
export type Sender = Pick<PersonRef, 'id' | 'name'>;

/** The language to answer this person in now; remembers the locale their client reported. */
export async function languageForTurn(deps: LanguageDeps, sender: Sender, reportedLocale: string | undefined): Promise<Locale> {
  const person = await updatePerson(deps, sender, (current) =>
    reportedLocale && current.locale !== reportedLocale ? { ...current, locale: reportedLocale } : current,
  );
  return languageOfPerson(person, reportedLocale);
}

/** The person chose a language: it is used from now on, whatever their client reports. */
export async function chooseLanguage(deps: LanguageDeps, sender: Sender, language: Locale): Promise<Locale> {
  await updatePerson(deps, sender, (current) => ({ ...current, preferredLanguage: language }));
  return language;
}

/** For messages the person did not ask for (reminders): their choice, else their last seen locale. */
export function languageOfPerson(person: Pick<Person, 'locale' | 'preferredLanguage'> | undefined, reportedLocale?: string): Locale {
  return person?.preferredLanguage ?? toLocale(reportedLocale ?? person?.locale);
}

/**
 * Applies `change` to the person's directory entry, adding them (with no roles) on first contact,
 * and writes only when something changed. A concurrent write (the same person in two chats at
 * once) is read again and the change applied to the fresh entry.
 */
async function updatePerson(deps: LanguageDeps, sender: Sender, change: (person: Person) => Person): Promise<Person> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const read = await deps.people.load(sender.id).catch((error: unknown) => {
        if (error instanceof NotFoundError) return undefined;
        throw error;
      });
      if (!read) {
        const added = change({ id: sender.id, name: sender.name || sender.id, isProgrammeAdmin: false, hrDepartmentIds: [] });
        await deps.people.add(added);
        return added;
      }
      const changed = change(read.value);
      if (JSON.stringify(changed) === JSON.stringify(read.value)) return read.value;
      return (await deps.people.update(read, changed)).value;
    } catch (error) {
      // Someone wrote the entry in between (or added it first): read it again and reapply.
      const raced = error instanceof DomainError && error.category === 'conflict';
      if (!raced || attempt >= 2) throw error;
    }
  }
}
