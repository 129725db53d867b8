/** What the composition root and tests use from the storage layer. */
export { createTableStorage, tableNamesFor } from './createTableStorage';
export type { TableRole, TableStorage, TableStorageOptions } from './createTableStorage';
export type { TableStorageConnection } from './tableClients';
export { StorageLimitError } from './chunkedText';
export { DEFAULT_STORAGE_TIMEOUTS, StorageUnavailableError } from './storageTimeouts';
export type { StorageTimeouts } from './storageTimeouts';
export { TableProgrammeRepository } from './tableProgrammeRepository';
export { TableDepartmentRepository } from './tableDepartmentRepository';
export { TablePersonDirectory } from './tablePersonDirectory';
export { TableConversationReferenceStore } from './tableConversationReferenceStore';
export { TableHandledActivities } from './tableHandledActivities';
export { TableStorageHealth } from './tableStorageHealth';
