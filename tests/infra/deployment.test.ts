// No Bicep compiler runs here, so these check what can be checked without one: the App Service is one
// that starts the server (Linux, Node 22, the prebuilt artifact), the storage and the network let in
// only the app, the logs reach Application Insights, and production installs hold no local tools.
// tests/infra/consistency.test.ts checks the settings, placeholders, tables and outputs against the
// code; tests/infra/serverPackage.test.ts builds the artifact and starts the server from it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

const bicep = read('infra/azure.bicep');
const appSettings = [...bicep.matchAll(/\{ name: '([A-Za-z0-9_]+)', value: /g)].map((m) => m[1]);

/** The body of the first Bicep resource of `type` ('Microsoft.Web/sites'), braces matched outside strings. */
function resourceBody(type: string): string {
  const start = bicep.search(new RegExp(`^resource \\w+ '${type.replace(/[./]/g, '\\$&')}@[^']+' = \\{`, 'm'));
  if (start < 0) throw new Error(`no ${type} resource in infra/azure.bicep`);
  const open = bicep.indexOf('{', start);
  let depth = 0;
  let quoted = false;
  for (let i = open; i < bicep.length; i++) {
    const c = bicep[i];
    // A comment (its apostrophes are no quotes) runs to the end of the line.
    if (!quoted && c === '/' && bicep[i + 1] === '/') i = bicep.indexOf('\n', i);
    else if (c === "'" && bicep[i - 1] !== '\\') quoted = !quoted;
    else if (!quoted && c === '{') depth++;
    else if (!quoted && c === '}' && --depth === 0) return bicep.slice(open, i + 1);
  }
  throw new Error(`unbalanced braces in the ${type} resource`);
}

/** Every body of Bicep resources of `type`. */
function resourceBodies(type: string): string[] {
  const pattern = new RegExp(`^resource \\w+ '${type.replace(/[./]/g, '\\$&')}@[^']+' = \\{[\\s\\S]*?^\\}`, 'gm');
  return [...bicep.matchAll(pattern)].map((m) => m[0]);
}

const plan = resourceBody('Microsoft.Web/serverfarms');
const site = resourceBody('Microsoft.Web/sites');
const setting = (name: string) => new RegExp(`\\{ name: '${name}', value: '([^']*)' \\}`).exec(site)?.[1];

describe('the App Service starts the server', () => {
  test('the App Service plan is Linux (kind linux, reserved)', () => {
    expect(plan).toMatch(/^\s*kind: 'linux'$/m);
    expect(plan).toMatch(/^\s*reserved: true\b/m);
    expect(site).toMatch(/^\s*kind: 'app,linux'$/m);
  });

  test('it runs Node 22 LTS, a version package.json engines allows beside the Node 20 of development machines', () => {
    expect(site).toMatch(/^\s*linuxFxVersion: 'NODE\|22-lts'$/m);
    const engines: string = JSON.parse(read('package.json')).engines.node;
    const majors = engines.split('||').map((range) => Number(/^\s*\^(\d+)\.\d+\.\d+\s*$/.exec(range)?.[1]));
    expect(majors).toEqual(expect.arrayContaining([20, 22]));
  });

  test('App Service starts `node bot/dist/index.js`, and builds nothing when the artifact is deployed', () => {
    expect(site).toMatch(/^\s*appCommandLine: 'node bot\/dist\/index\.js'$/m);
    expect(setting('SCM_DO_BUILD_DURING_DEPLOYMENT')).toBe('false');
    // Windows-only setting: on Linux the Node version is linuxFxVersion.
    expect(appSettings).not.toContain('WEBSITE_NODE_DEFAULT_VERSION');
    expect(appSettings).not.toContain('ENABLE_ORYX_BUILD');
  });

  test('basic-auth publishing credentials are off for FTP and for the SCM (deployment) site', () => {
    const policies = resourceBodies('Microsoft.Web/sites/basicPublishingCredentialsPolicies').map((body) => ({
      parent: /^\s*parent: (\w+)$/m.exec(body)?.[1],
      name: /^\s*name: '(\w+)'$/m.exec(body)?.[1],
      allow: /\ballow: (true|false)\b/.exec(body)?.[1],
    }));
    const siteName = /^resource (\w+) 'Microsoft\.Web\/sites@/m.exec(bicep)?.[1];
    expect(policies).toEqual(
      expect.arrayContaining([
        { parent: siteName, name: 'ftp', allow: 'false' },
        { parent: siteName, name: 'scm', allow: 'false' },
      ]),
    );
    expect(policies.filter((p) => p.allow !== 'false')).toEqual([]);
  });

  test('the site stays locked down: HTTPS only, no FTP, TLS 1.2, health check, the managed identity', () => {
    expect(site).toMatch(/^\s*httpsOnly: true$/m);
    expect(site).toMatch(/^\s*ftpsState: 'Disabled'$/m);
    expect(site).toMatch(/^\s*minTlsVersion: '1\.2'$/m);
    expect(site).toMatch(/^\s*healthCheckPath: '\/api\/health'$/m);
    expect(site).toMatch(/type: 'UserAssigned'/);
    for (const name of ['APP_MODE', 'MICROSOFT_APP_ID', 'MICROSOFT_APP_TYPE', 'MICROSOFT_APP_TENANT_ID', 'AZURE_CLIENT_ID', 'TABLES_ACCOUNT_URL']) {
      expect(appSettings).toContain(name);
    }
  });

  test('teamsapp.yml builds the artifact with `npm run package:server` and zip-deploys that folder; nothing builds on App Service', () => {
    type Step = { uses: string; with?: Record<string, string> };
    const deploy: Step[] = parseYaml(read('teamsapp.yml')).deploy;
    const npmArgs = deploy.filter((step) => step.uses === 'cli/runNpmCommand').map((step) => step.with?.args);
    expect(npmArgs).toContain('run package:server');
    expect(npmArgs).not.toContain('run build');
    const zipDeploys = deploy.filter((step) => step.uses === 'azureAppService/zipDeploy');
    expect(zipDeploys).toHaveLength(1);
    expect(zipDeploys[0].with).toMatchObject({ artifactFolder: 'build/server' });
    // The zip deploy comes after the artifact is built.
    expect(deploy.indexOf(zipDeploys[0])).toBeGreaterThan(deploy.findIndex((step) => step.with?.args === 'run package:server'));

    const pkg = JSON.parse(read('package.json'));
    expect(pkg.scripts['package:server']).toBe('node bot/scripts/packageServer.mjs');
    expect(read('bot/scripts/packageServer.mjs')).toContain("'build/server'");
  });
});

describe('Table Storage lets in only the app, and the logs reach Application Insights', () => {
  const storage = resourceBody('Microsoft.Storage/storageAccounts');
  const endpoint = resourceBody('Microsoft.Network/privateEndpoints');
  const diagnostics = resourceBody('Microsoft.Insights/diagnosticSettings');

  test('storage: HTTPS and TLS 1.2 only, no public blob access, no shared keys (Entra identities only)', () => {
    expect(storage).toMatch(/^\s*supportsHttpsTrafficOnly: true$/m);
    expect(storage).toMatch(/^\s*minimumTlsVersion: 'TLS1_2'$/m);
    expect(storage).toMatch(/^\s*allowBlobPublicAccess: false$/m);
    expect(storage).toMatch(/^\s*allowSharedKeyAccess: false\b/m);
    expect(storage).toMatch(/^\s*defaultToOAuthAuthentication: true$/m);
  });

  test('storage: no public network access; the app reaches its tables through a private endpoint in its own network', () => {
    expect(storage).toMatch(/^\s*publicNetworkAccess: 'Disabled'(\s|$)/m);
    expect(storage).toMatch(/defaultAction: 'Deny'/);
    expect(endpoint).toMatch(/privateLinkServiceId: storage\.id/);
    expect(endpoint).toMatch(/groupIds: \['table'\]/);
    expect(bicep).toMatch(/name: 'privatelink\.table\.\$\{environment\(\)\.suffixes\.storage\}'/);
    expect(site).toMatch(/^\s*virtualNetworkSubnetId: resourceId\('Microsoft\.Network\/virtualNetworks\/subnets', network\.name, 'app'\)$/m);
    // Only private addresses go through the network: Teams, Bot Framework and Graph stay reachable.
    expect(site).not.toMatch(/vnetRouteAllEnabled: true/);
  });

  test("the app's identity gets the table-data role on that storage account, and nothing uses account keys", () => {
    const role = resourceBody('Microsoft.Authorization/roleAssignments');
    expect(role).toMatch(/^\s*scope: storage$/m);
    // Storage Table Data Contributor (built-in role id).
    expect(role).toContain("'0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'");
    expect(role).toMatch(/principalId: identity\.properties\.principalId/);
    expect(bicep).not.toMatch(/listKeys|AccountKey=/);
  });

  test('Application Insights gets the connection string and its agent; the console log (pino JSON lines) goes to its workspace', () => {
    expect(setting('ApplicationInsightsAgent_EXTENSION_VERSION')).toBe('~3');
    expect(site).toMatch(/\{ name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights\.properties\.ConnectionString \}/);
    expect(resourceBody('Microsoft.Insights/components')).toMatch(/WorkspaceResourceId: workspace\.id/);
    expect(diagnostics).toMatch(/^\s*scope: web$/m);
    expect(diagnostics).toMatch(/workspaceId: workspace\.id/);
    expect(diagnostics).toMatch(/\{ category: 'AppServiceConsoleLogs', enabled: true \}/);
    // The server logs JSON lines to stdout, which is what AppServiceConsoleLogs collects.
    expect(read('bot/src/logger.ts')).toMatch(/pino\(/);
  });

  test('the Azure Bot uses the managed identity and has the Teams channel', () => {
    const bot = resourceBody('Microsoft.BotService/botServices');
    expect(bot).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(bot).toMatch(/endpoint: 'https:\/\/\$\{web\.properties\.defaultHostName\}\/api\/messages'/);
    expect(resourceBody('Microsoft.BotService/botServices/channels')).toMatch(/channelName: 'MsTeamsChannel'/);
  });
});

describe('production installs hold only what the server needs', () => {
  const pkg = JSON.parse(read('package.json'));
  const production = new Set(Object.keys(pkg.dependencies));

  test('`npm ls --omit=dev` lists no local-only tool: Azurite, the Agents Playground, the browser, the test and build tools', () => {
    const ls = spawnSync('npm', ['ls', '--omit=dev', '--all', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    const names = new Set<string>();
    const walk = (deps: Record<string, { dependencies?: object }> = {}) =>
      Object.entries(deps).forEach(([name, dep]) => {
        names.add(name);
        walk(dep.dependencies as Record<string, { dependencies?: object }>);
      });
    walk(JSON.parse(ls.stdout).dependencies);
    expect(names.has('restify')).toBe(true);
    const localOnly = ['azurite', '@microsoft/m365agentsplayground', '@sparticuz/chromium', 'playwright-core', 'typescript', 'jest', 'ts-jest', 'dependency-cruiser'];
    expect(localOnly.filter((name) => names.has(name))).toEqual([]);
    for (const name of localOnly) expect(pkg.devDependencies[name]).toBeDefined();
  });

  test('every package the server imports at run time is a production dependency (type-only imports aside)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((entry) => {
        const full = path.join(dir, entry);
        return statSync(full).isDirectory() ? files(full) : /\.ts$/.test(entry) ? [full] : [];
      });
    const builtins = new Set(builtinModules);
    const imported = new Set<string>();
    for (const file of files(path.join(ROOT, 'bot/src'))) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'([^']+)'|\b(?:require|import)\('([^']+)'\)/gm)) {
        const specifier = m[3] ?? m[4];
        if (m[2] || specifier.startsWith('.') || specifier.startsWith('node:') || builtins.has(specifier)) continue;
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
        imported.add(name);
      }
    }
    expect(imported.has('botbuilder')).toBe(true);
    expect([...imported].filter((name) => !production.has(name))).toEqual([]);
  });

  test('the artifact folder is ignored by git, and the packaging script exists', () => {
    expect(read('.gitignore').split('\n')).toContain('/build/');
    expect(existsSync(path.join(ROOT, 'bot/scripts/packageServer.mjs'))).toBe(true);
  });
});
