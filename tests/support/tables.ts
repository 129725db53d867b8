// Where a test finds the Azurite started by globalSetup, and a unique table prefix per test file
// so files running in parallel never see each other's data.
import { randomBytes } from 'node:crypto';

export function testConnectionString(): string {
  const value = process.env.TEST_TABLES_CONNECTION_STRING;
  if (!value) throw new Error('Azurite is not running: tests must run through jest (globalSetup starts it).');
  return value;
}

/** Table names must be alphanumeric and start with a letter. */
export function uniqueTablePrefix(label = 't'): string {
  return `${label.replace(/[^A-Za-z0-9]/g, '')}${randomBytes(4).toString('hex')}`;
}
