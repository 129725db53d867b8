/** People the product knows: name, locale and the roles they hold outside any one programme. */
import { TableClient } from '@azure/data-tables';
import { Person, PersonId } from '../domain/people';
import { PersonDirectory } from '../domain/ports';
import { PERSON_PARTITION, personRowKey } from './keys';
import { isNotFound } from './storageErrors';

export class TablePersonDirectory implements PersonDirectory {
  constructor(private readonly table: TableClient) {}

  async find(personId: PersonId): Promise<Person | undefined> {
    try {
      return fromEntity(await this.table.getEntity<Record<string, unknown>>(PERSON_PARTITION, personRowKey(personId)));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async put(person: Person): Promise<void> {
    await this.table.upsertEntity(
      {
        partitionKey: PERSON_PARTITION,
        rowKey: personRowKey(person.id),
        id: person.id,
        name: person.name,
        ...(person.email !== undefined ? { email: person.email } : {}),
        ...(person.locale !== undefined ? { locale: person.locale } : {}),
        isProgrammeAdmin: person.isProgrammeAdmin,
        hrDepartmentIds: JSON.stringify(person.hrDepartmentIds),
      },
      'Replace',
    );
  }
}

function fromEntity(entity: Record<string, unknown>): Person {
  return {
    id: String(entity.id),
    name: String(entity.name),
    ...(typeof entity.email === 'string' ? { email: entity.email } : {}),
    ...(typeof entity.locale === 'string' ? { locale: entity.locale } : {}),
    isProgrammeAdmin: entity.isProgrammeAdmin === true,
    hrDepartmentIds: JSON.parse(String(entity.hrDepartmentIds ?? '[]')) as string[],
  };
}
