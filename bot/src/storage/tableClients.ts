/**
 * How the storage layer reaches Table Storage: a connection string (Azurite locally, or an
 * account key) or an account URL with an Entra credential (managed identity in Azure).
 */
import { TableClient, TableServiceClient, TableServiceClientOptions } from '@azure/data-tables';
import type { TokenCredential } from '@azure/identity';

export type TableStorageConnection =
  | { connectionString: string }
  | { accountUrl: string; credential: TokenCredential };

/** Creates the client of one table, and the service client for account-level calls. */
export interface TableClientFactory {
  table(tableName: string): TableClient;
  service(): TableServiceClient;
}

export function tableClientFactory(
  connection: TableStorageConnection,
  clientOptions: TableServiceClientOptions = {},
): TableClientFactory {
  const options = { ...clientOptions, allowInsecureConnection: isHttpEndpoint(connection) };
  if ('connectionString' in connection) {
    return {
      table: (name) => TableClient.fromConnectionString(connection.connectionString, name, options),
      service: () => TableServiceClient.fromConnectionString(connection.connectionString, options),
    };
  }
  return {
    table: (name) => new TableClient(connection.accountUrl, name, connection.credential, options),
    service: () => new TableServiceClient(connection.accountUrl, connection.credential, options),
  };
}

/**
 * Azurite listens on plain http; the SDK refuses to send credentials over http unless told to.
 * Only an explicitly http endpoint turns that on, so production (https) keeps the check.
 */
export function isHttpEndpoint(connection: TableStorageConnection): boolean {
  if ('accountUrl' in connection) return /^http:/i.test(connection.accountUrl);
  const settings = new Map(
    connection.connectionString
      .split(';')
      .filter((part) => part.includes('='))
      .map((part) => {
        const at = part.indexOf('=');
        return [part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim()] as const;
      }),
  );
  if (settings.get('usedevelopmentstorage')?.toLowerCase() === 'true') return true;
  const endpoint = settings.get('tableendpoint');
  if (endpoint) return /^http:/i.test(endpoint);
  return settings.get('defaultendpointsprotocol')?.toLowerCase() === 'http';
}
