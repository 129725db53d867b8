// GRAPH_SCHEDULER and its settings: unset, the built-in calendar; set, the organiser and an
// identity are required, and a configuration without them refuses to start, naming them.
import { ConfigError, loadConfig } from '../../bot/src/config';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

const production = {
  APP_MODE: 'production',
  MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555',
  MICROSOFT_APP_PASSWORD: 'secret',
  MICROSOFT_APP_TYPE: 'SingleTenant',
  MICROSOFT_APP_TENANT_ID: '66666666-7777-8888-9999-000000000000',
  CALENDAR_LINK_SECRET: 'a-calendar-link-key-of-at-least-32-bytes',
  TAB_APP_CLIENT_ID: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  TABLES_ACCOUNT_URL: 'https://ledertrainee.table.core.windows.net',
};
const LOCAL = { TABLES_CONNECTION_STRING: 'UseDevelopmentStorage=true' };

test('unset, booking uses the built-in calendar, in both modes', () => {
  expect(loadConfig(LOCAL).scheduler).toEqual({ kind: 'builtIn' });
  expect(loadConfig(production).scheduler).toEqual({ kind: 'builtIn' });
  expect(loadConfig({ ...production, GRAPH_SCHEDULER: 'false', GRAPH_ORGANIZER: 'x' }).scheduler).toEqual({ kind: 'builtIn' });
});

test('in production, GRAPH_SCHEDULER=true with an organiser uses the bot\'s own identity by default', () => {
  const config = loadConfig({ ...production, GRAPH_SCHEDULER: 'true', GRAPH_ORGANIZER: 'ledertrainee-noreply@aarhus.dk' });
  expect(config.scheduler).toEqual({
    kind: 'graph',
    organizer: 'ledertrainee-noreply@aarhus.dk',
    baseUrl: 'https://graph.microsoft.com',
    credential: { kind: 'clientSecret', tenantId: production.MICROSOFT_APP_TENANT_ID, clientId: production.MICROSOFT_APP_ID, clientSecret: 'secret' },
  });
});

test('GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET, GRAPH_TENANT_ID and GRAPH_BASE_URL override the defaults', () => {
  const config = loadConfig({
    ...production,
    GRAPH_SCHEDULER: 'true',
    GRAPH_ORGANIZER: 'noreply@aarhus.dk',
    GRAPH_CLIENT_ID: 'graph-app',
    GRAPH_CLIENT_SECRET: 'graph-secret',
    GRAPH_TENANT_ID: 'aarhus.onmicrosoft.com',
    GRAPH_BASE_URL: 'https://graph.microsoft.us/',
  });
  expect(config.scheduler).toEqual({
    kind: 'graph',
    organizer: 'noreply@aarhus.dk',
    baseUrl: 'https://graph.microsoft.us',
    credential: { kind: 'clientSecret', tenantId: 'aarhus.onmicrosoft.com', clientId: 'graph-app', clientSecret: 'graph-secret' },
  });
});

test('with a user-assigned managed identity and no secret, Graph is called as that identity', () => {
  const { MICROSOFT_APP_PASSWORD: _unused, ...msi } = production;
  const config = loadConfig({ ...msi, MICROSOFT_APP_TYPE: 'UserAssignedMSI', GRAPH_SCHEDULER: 'true', GRAPH_ORGANIZER: 'noreply@aarhus.dk' });
  expect(config.scheduler).toMatchObject({ kind: 'graph', credential: { kind: 'managedIdentity', clientId: production.MICROSOFT_APP_ID } });
});

test('production without the organiser or the credentials refuses to start, naming them', () => {
  const { MICROSOFT_APP_PASSWORD: _unused, ...withoutSecret } = production;
  // Without a bot secret the bot itself is refused too; the Graph problem names its own settings.
  const problems = problemsOf({ ...withoutSecret, GRAPH_SCHEDULER: 'true' }).join('\n');
  expect(problems).toMatch(/GRAPH_ORGANIZER is missing/);
  expect(problems).toMatch(/GRAPH_CLIENT_SECRET is missing/);
  expect(problems).toMatch(/MICROSOFT_APP_PASSWORD is missing/);
});

test('local mode has no bot identity to borrow: GRAPH_SCHEDULER=true needs all three credentials', () => {
  expect(problemsOf({ ...LOCAL, GRAPH_SCHEDULER: 'true', GRAPH_ORGANIZER: 'noreply@aarhus.dk' }).join('\n')).toMatch(
    /GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET, GRAPH_TENANT_ID are missing/,
  );
  const config = loadConfig({ ...LOCAL, GRAPH_SCHEDULER: 'true', GRAPH_ORGANIZER: 'noreply@aarhus.dk', GRAPH_CLIENT_ID: 'a', GRAPH_CLIENT_SECRET: 'b', GRAPH_TENANT_ID: 'c' });
  expect(config.scheduler).toMatchObject({ kind: 'graph', credential: { kind: 'clientSecret', clientId: 'a', clientSecret: 'b', tenantId: 'c' } });
});

test('an organiser that is no mailbox, an http base URL and a nonsense flag are refused', () => {
  const problems = problemsOf({ ...production, GRAPH_SCHEDULER: 'true', GRAPH_ORGANIZER: 'noreply', GRAPH_BASE_URL: 'http://graph.local' }).join('\n');
  expect(problems).toMatch(/GRAPH_ORGANIZER must be a mailbox/);
  expect(problems).toMatch(/GRAPH_BASE_URL must be an https/);
  expect(problemsOf({ ...production, GRAPH_SCHEDULER: 'maybe' }).join('\n')).toMatch(/GRAPH_SCHEDULER/);
});
