import { ConfigError, loadConfig } from '../../bot/src/config';

const AZURITE = 'UseDevelopmentStorage=true';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('local mode', () => {
  test('with no settings but storage, the app runs locally on loopback port 3978 with bot authentication off', () => {
    const config = loadConfig({ TABLES_CONNECTION_STRING: AZURITE });
    expect(config.mode).toBe('local');
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(3978);
    expect(config.bot.appId).toBe('');
    expect(config.seedDemo).toBe(true);
  });

  test('PORT overrides the port and SEED_DEMO=false turns the demo off', () => {
    const config = loadConfig({ TABLES_CONNECTION_STRING: AZURITE, PORT: '4000', SEED_DEMO: 'false' });
    expect(config.port).toBe(4000);
    expect(config.seedDemo).toBe(false);
  });

  test('local mode refuses to listen on anything but loopback, because it runs without authentication', () => {
    expect(problemsOf({ TABLES_CONNECTION_STRING: AZURITE, HOST: '0.0.0.0' }).join()).toMatch(/HOST=0\.0\.0\.0.*loopback/);
  });

  test('an app id in local mode is refused rather than silently ignored', () => {
    expect(problemsOf({ TABLES_CONNECTION_STRING: AZURITE, MICROSOFT_APP_ID: 'abc' }).join()).toMatch(/APP_MODE=production/);
  });

  test('a nonsense value is named with the setting it belongs to', () => {
    const problems = problemsOf({ TABLES_CONNECTION_STRING: AZURITE, PORT: 'lots', SEED_DEMO: 'maybe' });
    expect(problems.join('\n')).toMatch(/PORT/);
    expect(problems.join('\n')).toMatch(/SEED_DEMO/);
  });
});

describe('production mode', () => {
  const complete = {
    APP_MODE: 'production',
    MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555',
    MICROSOFT_APP_PASSWORD: 'secret',
    MICROSOFT_APP_TYPE: 'SingleTenant',
    MICROSOFT_APP_TENANT_ID: '66666666-7777-8888-9999-000000000000',
    CALENDAR_LINK_SECRET: 'a-calendar-link-key-of-at-least-32-bytes',
    TAB_APP_CLIENT_ID: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
    TABLES_ACCOUNT_URL: 'https://ledertrainee.table.core.windows.net',
  };

  test('with every setting present it listens on all interfaces with bot authentication on and no demo', () => {
    const config = loadConfig(complete);
    expect(config.mode).toBe('production');
    expect(config.host).toBe('0.0.0.0');
    expect(config.bot.appId).toBe(complete.MICROSOFT_APP_ID);
    expect(config.storage).toEqual({ kind: 'managedIdentity', accountUrl: complete.TABLES_ACCOUNT_URL, clientId: undefined, tablePrefix: '' });
    expect(config.seedDemo).toBe(false);
  });

  test('with nothing set it refuses to start and names every missing setting at once', () => {
    const problems = problemsOf({ APP_MODE: 'production' }).join('\n');
    for (const name of ['MICROSOFT_APP_ID', 'MICROSOFT_APP_TYPE', 'MICROSOFT_APP_TENANT_ID', 'MICROSOFT_APP_PASSWORD', 'CALENDAR_LINK_SECRET', 'TAB_APP_CLIENT_ID', 'TABLES_CONNECTION_STRING or TABLES_ACCOUNT_URL']) {
      expect(problems).toContain(name);
    }
  });

  test('without the app id it refuses to start', () => {
    const { MICROSOFT_APP_ID: _omitted, ...rest } = complete;
    expect(problemsOf(rest)).toEqual([expect.stringContaining('MICROSOFT_APP_ID is missing')]);
  });

  test('a user-assigned managed identity needs no app password', () => {
    const { MICROSOFT_APP_PASSWORD: _omitted, ...rest } = complete;
    const config = loadConfig({ ...rest, MICROSOFT_APP_TYPE: 'UserAssignedMSI', AZURE_CLIENT_ID: 'client' });
    expect(config.bot.appType).toBe('UserAssignedMSI');
    expect(config.storage).toMatchObject({ kind: 'managedIdentity', clientId: 'client' });
  });

  test('the refusal message is in Danish and English', () => {
    expect(() => loadConfig({ APP_MODE: 'production' })).toThrow(/Konfigurationen er ugyldig \/ The configuration is invalid/);
  });
});

test('configured aid links are offered, and aids without a link are left out', () => {
  const config = loadConfig({ TABLES_CONNECTION_STRING: AZURITE, AID_URL_SPOT_ET_LEDERTALENT: 'https://intra.example/spot.pdf' });
  expect(config.aids).toEqual([{ key: 'spotEtLedertalent', url: 'https://intra.example/spot.pdf' }]);
  expect(problemsOf({ TABLES_CONNECTION_STRING: AZURITE, AID_URL_LEDELSE_SKAL_TRAENES: 'not a url' }).join()).toMatch(/AID_URL_LEDELSE_SKAL_TRAENES/);
});

describe('who the bot answers (ALLOWED_TENANT_IDS)', () => {
  const production = {
    APP_MODE: 'production',
    MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555',
    MICROSOFT_APP_PASSWORD: 'secret',
    MICROSOFT_APP_TYPE: 'SingleTenant',
    MICROSOFT_APP_TENANT_ID: '66666666-7777-8888-9999-00000000000A',
    CALENDAR_LINK_SECRET: 'a-calendar-link-key-of-at-least-32-bytes',
    TAB_APP_CLIENT_ID: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
    TABLES_ACCOUNT_URL: 'https://ledertrainee.table.core.windows.net',
  };

  test('in production the bot answers only its own tenant unless told otherwise', () => {
    expect(loadConfig(production).bot.allowedTenantIds).toEqual(['66666666-7777-8888-9999-00000000000a']);
  });

  test('ALLOWED_TENANT_IDS replaces the default with a comma-separated list of tenant GUIDs, tidied', () => {
    const config = loadConfig({
      ...production,
      ALLOWED_TENANT_IDS: ' AAAAAAAA-0000-0000-0000-000000000001 , bbbbbbbb-0000-0000-0000-000000000002,,aaaaaaaa-0000-0000-0000-000000000001 ',
    });
    expect(config.bot.allowedTenantIds).toEqual(['aaaaaaaa-0000-0000-0000-000000000001', 'bbbbbbbb-0000-0000-0000-000000000002']);
  });

  test('a tenant that is not a GUID is refused at start, naming the setting and the value', () => {
    const problems = problemsOf({ ...production, ALLOWED_TENANT_IDS: 'aaaaaaaa-0000-0000-0000-000000000001, aarhus.dk' }).join('\n');
    expect(problems).toMatch(/ALLOWED_TENANT_IDS/);
    expect(problems).toContain('"aarhus.dk"');
  });

  test('a list of nothing but commas is refused rather than read as "nobody"', () => {
    expect(problemsOf({ ...production, ALLOWED_TENANT_IDS: ' , ,' }).join()).toMatch(/ALLOWED_TENANT_IDS.*got none/);
  });

  test('an app tenant given by domain name is refused when it would be the only allowed tenant', () => {
    expect(problemsOf({ ...production, MICROSOFT_APP_TENANT_ID: 'aarhus.onmicrosoft.com' }).join()).toMatch(
      /MICROSOFT_APP_TENANT_ID is not a GUID.*ALLOWED_TENANT_IDS/,
    );
    const config = loadConfig({
      ...production,
      MICROSOFT_APP_TENANT_ID: 'aarhus.onmicrosoft.com',
      ALLOWED_TENANT_IDS: '66666666-7777-8888-9999-00000000000a',
    });
    expect(config.bot.allowedTenantIds).toEqual(['66666666-7777-8888-9999-00000000000a']);
  });

  test('local mode answers any tenant (the gate is off) and ignores the setting', () => {
    expect(loadConfig({ TABLES_CONNECTION_STRING: AZURITE }).bot.allowedTenantIds).toEqual([]);
    expect(
      loadConfig({ TABLES_CONNECTION_STRING: AZURITE, ALLOWED_TENANT_IDS: 'aaaaaaaa-0000-0000-0000-000000000001' }).bot.allowedTenantIds,
    ).toEqual([]);
  });
});
