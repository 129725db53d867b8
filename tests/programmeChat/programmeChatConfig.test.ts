// GRAPH_PROGRAMME_CHATS: unset, the programme's chat is bound in Teams by a participant (also when the
// deployment sets TEAMS_APP_ID); true, the app also creates it through Microsoft Graph, with the Graph
// identity (the bot's own in production by default) and the app's catalog id (TEAMS_APP_CATALOG_ID, else
// TEAMS_APP_ID), and refuses to start without them.
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

const APP = '5c1a7d3e-9b2f-4e6a-8d0c-7f3b2a1e9d84';
const LOCAL = { TABLES_CONNECTION_STRING: 'UseDevelopmentStorage=true' };
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

test('unset, the programme\'s chat is bound in Teams, even with the app id the deployment sets', () => {
  expect(loadConfig(LOCAL).programmeChat).toEqual({ kind: 'inTeams' });
  expect(loadConfig({ ...production, TEAMS_APP_ID: APP }).programmeChat).toEqual({ kind: 'inTeams' });
});

test('set in production, the app creates the chats through Graph with the bot\'s own identity', () => {
  expect(loadConfig({ ...production, GRAPH_PROGRAMME_CHATS: 'true', TEAMS_APP_ID: APP }).programmeChat).toEqual({
    kind: 'graph',
    teamsAppId: APP,
    baseUrl: 'https://graph.microsoft.com',
    credential: { kind: 'clientSecret', tenantId: production.MICROSOFT_APP_TENANT_ID, clientId: production.MICROSOFT_APP_ID, clientSecret: 'secret' },
    tenantId: production.MICROSOFT_APP_TENANT_ID,
  });
});

test('with a user-assigned managed identity and no secret, the managed identity calls Graph', () => {
  const { MICROSOFT_APP_PASSWORD: _secret, ...msi } = production;
  const config = loadConfig({ ...msi, MICROSOFT_APP_TYPE: 'UserAssignedMSI', GRAPH_PROGRAMME_CHATS: 'true', TEAMS_APP_ID: APP });
  expect(config.programmeChat).toMatchObject({ kind: 'graph', credential: { kind: 'managedIdentity', clientId: production.MICROSOFT_APP_ID } });
});

test('an app from the organisation\'s catalog is installed by its catalog id', () => {
  const catalogId = '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a';
  const config = loadConfig({ ...production, GRAPH_PROGRAMME_CHATS: 'true', TEAMS_APP_ID: APP, TEAMS_APP_CATALOG_ID: catalogId });
  expect(config.programmeChat).toMatchObject({ kind: 'graph', teamsAppId: catalogId });
});

test('an app id that is not a GUID, no app id, or no Graph identity (local mode) refuses to start and says why', () => {
  expect(problemsOf({ ...production, TEAMS_APP_CATALOG_ID: 'com.aarhus.ledertrainee' }).join('\n')).toMatch(/TEAMS_APP_CATALOG_ID must be a Teams app id \(a GUID\)/);
  expect(problemsOf({ ...production, GRAPH_PROGRAMME_CHATS: 'true' }).join('\n')).toMatch(/TEAMS_APP_CATALOG_ID \(or TEAMS_APP_ID\) is missing/);
  expect(problemsOf({ ...LOCAL, GRAPH_PROGRAMME_CHATS: 'true', TEAMS_APP_ID: APP }).join('\n')).toMatch(
    /GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET, GRAPH_TENANT_ID are missing: the identity that calls Microsoft Graph \(GRAPH_PROGRAMME_CHATS=true/,
  );
});
