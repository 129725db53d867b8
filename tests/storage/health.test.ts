import { connectionString, freePort } from '../../bot/scripts/azurite.cjs';
import { createTableStorage, tableNamesFor } from '../../bot/src/storage';
import { isHttpEndpoint } from '../../bot/src/storage/tableClients';
import { testConnectionString, uniqueTablePrefix } from '../support/tables';
import { newStorage } from './harness';

describe('storage health and set-up', () => {
  it('reports healthy when storage answers', async () => {
    const storage = await newStorage('health');

    await expect(storage.health.check()).resolves.toBeUndefined();
  });

  it('reports unhealthy, quickly, when nothing listens where storage should be', async () => {
    const port = await freePort();
    const storage = createTableStorage(
      { connectionString: connectionString(port) },
      { tablePrefix: 'down', clientOptions: { retryOptions: { maxRetries: 0 } } },
    );

    const started = Date.now();
    await expect(storage.health.check()).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports unhealthy when the tables were never created', async () => {
    const storage = createTableStorage({ connectionString: testConnectionString() }, { tablePrefix: uniqueTablePrefix('none') });

    await expect(storage.health.check()).rejects.toEqual(expect.objectContaining({ statusCode: 404 }));
  });

  it('creating the tables twice is harmless', async () => {
    const storage = await newStorage('twice');

    await expect(storage.ensureTables()).resolves.toBeUndefined();
    await expect(storage.health.check()).resolves.toBeUndefined();
  });

  it('a table prefix that would make an invalid table name is refused at start', () => {
    expect(() => tableNamesFor('bad-prefix')).toThrow(/letters and digits/);
    expect(() => tableNamesFor('1st')).toThrow();
    expect(() => tableNamesFor('x'.repeat(60))).toThrow(/63/);
    expect(tableNamesFor('').Programmes).toBe('Programmes');
  });

  it('only a plain-http endpoint (Azurite) is allowed to go without TLS', () => {
    const credential = { getToken: async () => null };
    expect(isHttpEndpoint({ connectionString: connectionString(10002) })).toBe(true);
    expect(isHttpEndpoint({ connectionString: 'UseDevelopmentStorage=true' })).toBe(true);
    expect(isHttpEndpoint({ connectionString: 'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=a2V5;EndpointSuffix=core.windows.net' })).toBe(false);
    expect(isHttpEndpoint({ accountUrl: 'https://aarhus.table.core.windows.net', credential })).toBe(false);
    expect(isHttpEndpoint({ accountUrl: 'http://127.0.0.1:10002/devstoreaccount1', credential })).toBe(true);
  });
});
