/** Departments (magistratsafdelinger) and their HR consultants, in one small partition. */
import { odata, TableClient, TableEntity } from '@azure/data-tables';
import { Department } from '../domain/department';
import { DepartmentRepository, Versioned } from '../domain/ports';
import { DEPARTMENT_PARTITION, departmentRowKey } from './keys';
import { addEntity, EntityTexts, readVersioned, replaceEntity } from './versionedEntities';

const TEXTS: EntityTexts = {
  what: { da: 'magistratsafdelingen', en: 'department' },
  alreadyExists: { da: 'Magistratsafdelingen findes allerede.', en: 'The department already exists.' },
  notFound: { da: 'Magistratsafdelingen findes ikke.', en: 'The department does not exist.' },
  codePrefix: 'department',
};

export class TableDepartmentRepository implements DepartmentRepository {
  constructor(private readonly table: TableClient) {}

  async list(): Promise<Department[]> {
    const departments: Department[] = [];
    const rows = this.table.listEntities<Record<string, unknown>>({
      queryOptions: { filter: odata`PartitionKey eq ${DEPARTMENT_PARTITION}` },
    });
    for await (const row of rows) departments.push(fromEntity(row));
    return departments;
  }

  async get(departmentId: string): Promise<Department> {
    return (await this.load(departmentId)).value;
  }

  async load(departmentId: string): Promise<Versioned<Department>> {
    const entity = await readVersioned(this.table, DEPARTMENT_PARTITION, departmentRowKey(departmentId), TEXTS);
    return { value: fromEntity(entity), version: entity.etag };
  }

  async add(department: Department): Promise<void> {
    await addEntity(this.table, toEntity(department), TEXTS);
  }

  async update(read: Versioned<Department>, changed: Department): Promise<Versioned<Department>> {
    if (changed.id !== read.value.id) throw new Error(`Department "${read.value.id}" cannot be saved as "${changed.id}".`);
    const version = await replaceEntity(this.table, toEntity(changed), read.version, TEXTS);
    return { value: changed, version };
  }
}

function toEntity(department: Department): TableEntity<Record<string, unknown>> {
  return {
    partitionKey: DEPARTMENT_PARTITION,
    rowKey: departmentRowKey(department.id),
    id: department.id,
    name: department.name,
    hrConsultants: JSON.stringify(department.hrConsultants),
  };
}

function fromEntity(entity: Record<string, unknown>): Department {
  return {
    id: String(entity.id),
    name: String(entity.name),
    hrConsultants: JSON.parse(String(entity.hrConsultants ?? '[]')) as Department['hrConsultants'],
  };
}
