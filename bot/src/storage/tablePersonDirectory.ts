/** People the product knows: name, locale and the roles they hold outside any one programme. */
import { odata, TableClient, TableEntity } from '@azure/data-tables';
import { NotFoundError } from '../domain/errors';
import { Person, PersonId } from '../domain/people';
import { PersonDirectory, Versioned } from '../domain/ports';
import { PERSON_PARTITION, personRowKey } from './keys';
import { addEntity, EntityTexts, readVersioned, replaceEntity } from './versionedEntities';

const TEXTS: EntityTexts = {
  what: { da: 'personen', en: 'person' },
  alreadyExists: { da: 'Personen findes allerede.', en: 'The person already exists.' },
  notFound: { da: 'Personen findes ikke.', en: 'The person does not exist.' },
  codePrefix: 'person',
};

export class TablePersonDirectory implements PersonDirectory {
  constructor(private readonly table: TableClient) {}

  async find(personId: PersonId): Promise<Person | undefined> {
    try {
      return (await this.load(personId)).value;
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }

  /**
   * Reads the People partition and filters in memory. Table Storage has no case-insensitive or
   * "contains" query, only ranges on the keys (which are ids, not names); a municipality's directory
   * of people who use the bot is a few thousand rows of a few hundred bytes, one partition read of
   * well under a second, and only run when someone searches. A name index table would be the next
   * step if the directory is ever synced from all of Entra.
   */
  async search(prefix: string, limit: number): Promise<Person[]> {
    const needle = prefix.trim().toLocaleLowerCase('da-DK');
    if (needle === '' || limit <= 0) return [];
    const found: Person[] = [];
    const rows = this.table.listEntities<Record<string, unknown>>({
      queryOptions: { filter: odata`PartitionKey eq ${PERSON_PARTITION}`, select: ['id', 'name', 'email', 'isProgrammeAdmin', 'hrDepartmentIds'] },
    });
    for await (const row of rows) {
      const person = fromEntity(row);
      if (matches(person, needle)) found.push(person);
    }
    return found.sort((a, b) => a.name.localeCompare(b.name, 'da')).slice(0, limit);
  }

  async load(personId: PersonId): Promise<Versioned<Person>> {
    const entity = await readVersioned(this.table, PERSON_PARTITION, personRowKey(personId), TEXTS);
    return { value: fromEntity(entity), version: entity.etag };
  }

  async add(person: Person): Promise<void> {
    await addEntity(this.table, toEntity(person), TEXTS);
  }

  async update(read: Versioned<Person>, changed: Person): Promise<Versioned<Person>> {
    if (changed.id !== read.value.id) throw new Error(`Person "${read.value.id}" cannot be saved as "${changed.id}".`);
    const version = await replaceEntity(this.table, toEntity(changed), read.version, TEXTS);
    return { value: changed, version };
  }
}

/** The whole name, any word of it, or the e-mail starts with the needle (already lower case). */
function matches(person: Person, needle: string): boolean {
  const name = person.name.toLocaleLowerCase('da-DK');
  const words = name.split(/[\s-]+/);
  return name.startsWith(needle) || words.some((word) => word.startsWith(needle)) || (person.email ?? '').toLocaleLowerCase('da-DK').startsWith(needle);
}

function toEntity(person: Person): TableEntity<Record<string, unknown>> {
  return {
    partitionKey: PERSON_PARTITION,
    rowKey: personRowKey(person.id),
    id: person.id,
    name: person.name,
    ...(person.email !== undefined ? { email: person.email } : {}),
    ...(person.locale !== undefined ? { locale: person.locale } : {}),
    ...(person.preferredLanguage !== undefined ? { preferredLanguage: person.preferredLanguage } : {}),
    isProgrammeAdmin: person.isProgrammeAdmin,
    hrDepartmentIds: JSON.stringify(person.hrDepartmentIds),
  };
}

function fromEntity(entity: Record<string, unknown>): Person {
  return {
    id: String(entity.id),
    name: String(entity.name),
    ...(typeof entity.email === 'string' ? { email: entity.email } : {}),
    ...(typeof entity.locale === 'string' ? { locale: entity.locale } : {}),
    ...(entity.preferredLanguage === 'da' || entity.preferredLanguage === 'en' ? { preferredLanguage: entity.preferredLanguage } : {}),
    isProgrammeAdmin: entity.isProgrammeAdmin === true,
    hrDepartmentIds: JSON.parse(String(entity.hrDepartmentIds ?? '[]')) as string[],
  };
}
