// Starts one real Azurite Table service for the whole test run. Test files share it and keep
// apart by using their own table-name prefix (see tables.ts).
import { startAzurite } from '../../bot/scripts/azurite.cjs';

export default async function globalSetup(): Promise<void> {
  const azurite = await startAzurite();
  process.env.TEST_TABLES_CONNECTION_STRING = azurite.connectionString;
  (globalThis as { __azurite?: { stop(): Promise<void> } }).__azurite = azurite;
}
