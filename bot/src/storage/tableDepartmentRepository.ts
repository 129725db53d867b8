/** Departments (magistratsafdelinger) and their HR consultants, in one small partition. */
import { odata, TableClient } from '@azure/data-tables';
import { Department } from '../domain/department';
import { NotFoundError } from '../domain/errors';
import { DepartmentRepository } from '../domain/ports';
import { DEPARTMENT_PARTITION, departmentRowKey } from './keys';
import { isNotFound } from './storageErrors';

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
    try {
      return fromEntity(await this.table.getEntity<Record<string, unknown>>(DEPARTMENT_PARTITION, departmentRowKey(departmentId)));
    } catch (error) {
      if (isNotFound(error)) {
        throw new NotFoundError('departmentNotFound', {
          da: 'Magistratsafdelingen findes ikke.',
          en: 'The department does not exist.',
        });
      }
      throw error;
    }
  }

  async put(department: Department): Promise<void> {
    await this.table.upsertEntity(
      {
        partitionKey: DEPARTMENT_PARTITION,
        rowKey: departmentRowKey(department.id),
        id: department.id,
        name: department.name,
        hrConsultants: JSON.stringify(department.hrConsultants),
      },
      'Replace',
    );
  }
}

function fromEntity(entity: Record<string, unknown>): Department {
  return {
    id: String(entity.id),
    name: String(entity.name),
    hrConsultants: JSON.parse(String(entity.hrConsultants ?? '[]')) as Department['hrConsultants'],
  };
}
