// Safe defaults: the server refuses to run without authentication where it could be reached from
// outside, and refuses storage settings that would send data or credentials over plain http.
import { ConfigError, loadConfig } from '../../bot/src/config';

const PRODUCTION = {
  APP_MODE: 'production',
  MICROSOFT_APP_ID: '6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f',
  MICROSOFT_APP_TYPE: 'UserAssignedMSI',
  MICROSOFT_APP_TENANT_ID: '11111111-2222-3333-4444-555555555555',
  CALENDAR_LINK_SECRET: 'a-calendar-link-key-of-at-least-32-bytes',
  TAB_APP_CLIENT_ID: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  TABLES_ACCOUNT_URL: 'https://ledertrainee.table.core.windows.net/',
};

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

test('a complete production configuration is accepted', () => {
  expect(problemsOf(PRODUCTION)).toEqual([]);
});

test.each(['WEBSITE_SITE_NAME', 'WEBSITE_INSTANCE_ID'])(
  'local mode refuses to start on Azure App Service (%s is set), because it has no authentication',
  (name) => {
    const problems = problemsOf({ TABLES_CONNECTION_STRING: 'UseDevelopmentStorage=true', [name]: 'ledertrainee-prod' });
    expect(problems).toEqual([expect.stringContaining('APP_MODE=local on Azure App Service')]);
  },
);

test('production refuses an http:// TABLES_ACCOUNT_URL', () => {
  const problems = problemsOf({ ...PRODUCTION, TABLES_ACCOUNT_URL: 'http://ledertrainee.table.core.windows.net/' });
  expect(problems).toEqual([expect.stringContaining('TABLES_ACCOUNT_URL must be an https:// address')]);
});

test.each([
  ['the emulator shortcut', 'UseDevelopmentStorage=true'],
  ['the emulator account', 'DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=https://tables.example/devstoreaccount1;'],
  ['plain http', 'DefaultEndpointsProtocol=http;AccountName=ledertrainee;AccountKey=a2V5;EndpointSuffix=core.windows.net'],
  ['a loopback endpoint', 'DefaultEndpointsProtocol=https;AccountName=ledertrainee;AccountKey=a2V5;TableEndpoint=https://127.0.0.1:10002/ledertrainee;'],
])('production refuses development storage in TABLES_CONNECTION_STRING: %s', (_label, connectionString) => {
  const { TABLES_ACCOUNT_URL: _url, ...withoutUrl } = PRODUCTION;
  const problems = problemsOf({ ...withoutUrl, TABLES_CONNECTION_STRING: connectionString });
  expect(problems).toEqual([expect.stringContaining('development storage')]);
});

test('production accepts a real storage account connection string over https', () => {
  const { TABLES_ACCOUNT_URL: _url, ...withoutUrl } = PRODUCTION;
  const connectionString = 'DefaultEndpointsProtocol=https;AccountName=ledertrainee;AccountKey=a2V5;EndpointSuffix=core.windows.net';
  expect(problemsOf({ ...withoutUrl, TABLES_CONNECTION_STRING: connectionString })).toEqual([]);
});
