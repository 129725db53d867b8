// The deployment's files agree with each other and with the code:
// - every ${{VAR}} in the Teams manifest, its localization, the Entra app manifest, the Bicep
//   parameters and teamsapp.yml is produced — by a lifecycle step (writeToEnvironmentFile, a script's
//   ::set-teamsfx-env), a Bicep output or the environment file — and, in provision, before it is used;
// - every setting the server requires in production (asked of bot/src/config.ts itself) is set by the
//   Bicep app settings, and every setting Bicep sets is one the server (or App Service) reads;
// - every table the storage code uses (asked of createTableStorage) is declared in Bicep;
// - the Bicep outputs are configuration keys or values the lifecycle uses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ConfigError, loadConfig, SETTING_NAMES } from '../../bot/src/config';
import { createTableStorage } from '../../bot/src/storage/createTableStorage';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const placeholdersIn = (text: string) => [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];

const bicep = read('infra/azure.bicep');
const bicepOutputs = [...bicep.matchAll(/^output ([A-Za-z0-9_]+) /gm)].map((m) => m[1]);
/** name → the Bicep expression of its value. */
const appSettings = new Map([...bicep.matchAll(/\{ name: '([A-Za-z0-9_]+)', value: (.+?) \}$/gm)].map((m) => [m[1], m[2]]));

type Step = { uses: string; name?: string; with?: Record<string, unknown>; writeToEnvironmentFile?: Record<string, string> };
const lifecycle: Record<'provision' | 'deploy' | 'publish', Step[]> = parseYaml(read('teamsapp.yml'));
const environmentFolder: string = parseYaml(read('teamsapp.yml')).environmentFolderPath;

/** KEY=VALUE lines of the committed environment file. */
const envFile = new Map(
  [...read(path.join(environmentFolder, '.env.dev')).matchAll(/^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/gm)].map((m) => [m[1], m[2].trim()]),
);
/** What the Agents Toolkit itself provides or asks for before any step runs. */
const TOOLKIT_PROVIDED = ['TEAMSFX_ENV', 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME'];

/** Files a step reads whose placeholders the Toolkit fills (manifests, ARM parameters). */
function filesReadBy(step: Step): string[] {
  const w = step.with ?? {};
  const files = [w.manifestPath, ...((w.templates as { parameters?: string }[] | undefined) ?? []).map((t) => t.parameters)];
  return files.filter((file): file is string => typeof file === 'string');
}

/** The manifest's localization files ride along with it. */
function withLocalizations(file: string): string[] {
  if (!file.endsWith('appPackage/manifest.json')) return [file];
  const manifest = JSON.parse(read(file));
  return [file, ...manifest.localizationInfo.additionalLanguages.map((l: { file: string }) => path.join(path.dirname(file), l.file))];
}

/** Every name a step reads: in its own settings and in the files it fills. */
function namesReadBy(step: Step): string[] {
  const own = placeholdersIn(JSON.stringify(step.with ?? {}));
  return [...new Set([...own, ...filesReadBy(step).flatMap(withLocalizations).flatMap((file) => placeholdersIn(read(file)))])];
}

/** Every name a step writes into the environment file. */
function namesWrittenBy(step: Step): string[] {
  const written = Object.values(step.writeToEnvironmentFile ?? {});
  if (step.uses === 'arm/deploy') written.push(...bicepOutputs);
  // aadApp/update makes the access_as_user scope's id when its manifest uses it and it is empty.
  if (step.uses === 'aadApp/update' && filesReadBy(step).some((file) => read(file).includes('AAD_APP_ACCESS_AS_USER_PERMISSION_ID'))) {
    written.push('AAD_APP_ACCESS_AS_USER_PERMISSION_ID');
  }
  if (step.uses === 'script') {
    // `::set-teamsfx-env NAME=…` printed by the command, or by the script file it runs.
    const run = String(step.with?.run ?? '');
    const scripts = [...run.matchAll(/node (\S+\.m?js)/g)].map((m) => read(m[1]));
    for (const text of [run, ...scripts]) written.push(...[...text.matchAll(/::set-teamsfx-env (?:\$\{NAME\}|([A-Za-z_][A-Za-z0-9_]*))/g)].map((m) => m[1] ?? constNamed(text)));
  }
  return written;
}

/** A script that prints `::set-teamsfx-env ${NAME}=…` names its variable in `const NAME = '…'`. */
function constNamed(script: string): string {
  return /const NAME = '([A-Za-z0-9_]+)'/.exec(script)?.[1] ?? '(unnamed)';
}

describe('every placeholder is produced', () => {
  const files = [
    'appPackage/manifest.json',
    'appPackage/en.json',
    'infra/entra/tab.aad.manifest.json',
    'infra/azure.parameters.json',
    'teamsapp.yml',
  ];
  const produced = new Set([
    ...TOOLKIT_PROVIDED,
    ...envFile.keys(),
    ...bicepOutputs,
    ...Object.values(lifecycle).flat().flatMap(namesWrittenBy),
  ]);

  test.each(files)('every ${{VAR}} in %s comes from the lifecycle, a Bicep output or the environment file', (file) => {
    const names = placeholdersIn(read(file));
    if (file !== 'appPackage/en.json') expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !produced.has(name))).toEqual([]);
  });

  test('in provision, every value a step reads is there before the step runs', () => {
    const available = new Set([...TOOLKIT_PROVIDED, ...[...envFile].filter(([, value]) => value !== '').map(([name]) => name)]);
    const lateOrMissing: string[] = [];
    for (const step of lifecycle.provision) {
      // aadApp/update makes the scope id it reads itself, before it applies the manifest.
      const madeFirst = step.uses === 'aadApp/update' ? namesWrittenBy(step) : [];
      for (const name of namesReadBy(step)) if (!available.has(name) && !madeFirst.includes(name)) lateOrMissing.push(`${step.uses} reads ${name}`);
      for (const name of namesWrittenBy(step)) available.add(name);
    }
    expect(lateOrMissing).toEqual([]);
  });

  test('deploy and publish read only values provision has written or the environment file holds', () => {
    const written = new Set([...TOOLKIT_PROVIDED, ...envFile.keys(), ...lifecycle.provision.flatMap(namesWrittenBy)]);
    const missing = [...lifecycle.deploy, ...lifecycle.publish].flatMap((step) => namesReadBy(step).filter((name) => !written.has(name)));
    expect(missing).toEqual([]);
  });

  test('the environment file lists every value provisioning writes, and no secret', () => {
    const written = lifecycle.provision.flatMap(namesWrittenBy).filter((name) => !name.startsWith('SECRET_'));
    expect(written.filter((name) => !envFile.has(name))).toEqual([]);
    expect([...envFile.keys()].filter((name) => name.startsWith('SECRET_'))).toEqual([]);
    expect(read('.gitignore').split('\n')).toContain('.env.*.user');
  });
});

/** A value of the right shape for a setting, as provisioning would set it. */
function plausible(name: string, expression: string): string {
  const literal = /^'([^']*)'$/.exec(expression);
  if (literal) return literal[1];
  if (/_ID$/.test(name)) return '6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e';
  if (/_URL$/.test(name)) return 'https://ledertrainee.table.core.windows.net/';
  if (/SECRET/.test(name)) return 'k'.repeat(64);
  return `value-of-${name}`;
}

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('the App Service settings make the production configuration', () => {
  const bicepEnv = Object.fromEntries([...appSettings].map(([name, expression]) => [name, plausible(name, expression)]));

  test('the server accepts the settings Bicep gives it, in production mode', () => {
    expect(bicepEnv.APP_MODE).toBe('production');
    expect(problemsOf(bicepEnv)).toEqual([]);
    expect(loadConfig(bicepEnv).storage).toMatchObject({ kind: 'managedIdentity', accountUrl: bicepEnv.TABLES_ACCOUNT_URL });
  });

  test('every setting the server says production requires is set by Bicep', () => {
    // Asked of config.ts itself: each problem of an empty production configuration names what is missing.
    const problems = problemsOf({ APP_MODE: 'production' });
    const required = problems
      .map((problem) => /^([A-Z][A-Z0-9_]*(?:(?:, | or )[A-Z][A-Z0-9_]*)*) (?:is|are) missing/.exec(problem)?.[1])
      .filter((names): names is string => names !== undefined)
      .map((names) => names.split(/, | or /));
    expect(required.length).toBeGreaterThanOrEqual(4);
    expect(required.flat()).toEqual(expect.arrayContaining(['MICROSOFT_APP_ID', 'CALENDAR_LINK_SECRET']));
    // MICROSOFT_APP_PASSWORD is required only without a managed identity, which Bicep gives the app.
    const unmet = required.filter((alternatives) => !alternatives.some((name) => appSettings.has(name)) && !alternatives.includes('MICROSOFT_APP_PASSWORD'));
    expect(unmet).toEqual([]);
    expect(appSettings.get('MICROSOFT_APP_TYPE')).toBe("'UserAssignedMSI'");
  });

  test('every setting Bicep sets is one the server reads, or one App Service or its monitoring agent reads', () => {
    const known = new Set(SETTING_NAMES);
    expect(known.has('TABLES_ACCOUNT_URL')).toBe(true);
    const unknown = [...appSettings.keys()].filter((name) => !known.has(name) && !/^(WEBSITE_|SCM_|APPLICATIONINSIGHTS_|ApplicationInsightsAgent_)/.test(name));
    expect(unknown).toEqual([]);
  });

  test('no account key or connection string with a key reaches the app settings', () => {
    expect(appSettings.has('TABLES_CONNECTION_STRING')).toBe(false);
    expect(bicep).not.toMatch(/listKeys\(/);
  });

  test('the calendar link key comes from a secure parameter, filled from the environment\'s secret', () => {
    expect(appSettings.get('CALENDAR_LINK_SECRET')).toBe('calendarLinkSecret');
    expect(bicep).toMatch(/@secure\(\)\s*\n(?:@\w+\([^)]*\)\s*\n)*param calendarLinkSecret string\n/);
    expect(JSON.parse(read('infra/azure.parameters.json')).parameters.calendarLinkSecret.value).toBe('${{SECRET_CALENDAR_LINK_SECRET}}');
  });

  test("the tab's SSO app registration reaches the server: TAB_APP_CLIENT_ID from aadApp/create to the app settings", () => {
    const created = lifecycle.provision.find((step) => step.uses === 'aadApp/create');
    expect(created?.writeToEnvironmentFile?.clientId).toBe('TAB_APP_CLIENT_ID');
    expect(JSON.parse(read('infra/azure.parameters.json')).parameters.tabAppClientId.value).toBe('${{TAB_APP_CLIENT_ID}}');
    expect(appSettings.get('TAB_APP_CLIENT_ID')).toBe('tabAppClientId');
  });
});

describe('Bicep declares what the code uses', () => {
  test('every table the storage code uses is declared in Bicep, and no other', () => {
    // The code's own list: the names createTableStorage gives its tables (production has no prefix).
    const storage = createTableStorage({ connectionString: 'UseDevelopmentStorage=true' } as never, { tablePrefix: '' });
    const codeTables = Object.values(storage.tableNames);
    const declared = [...(/^var tableNames = \[\n([\s\S]*?)\n\]/m.exec(bicep)?.[1] ?? '').matchAll(/'([A-Za-z0-9]+)'/g)].map((m) => m[1]);
    expect(codeTables.length).toBeGreaterThanOrEqual(10);
    expect([...declared].sort()).toEqual([...codeTables].sort());
    expect(bicep).toMatch(/resource \w+ 'Microsoft\.Storage\/storageAccounts\/tableServices\/tables@[^']+' = \[\s*for name in tableNames:/);
    expect(appSettings.has('TABLES_TABLE_PREFIX')).toBe(false);
  });

  test("the README's data-protection record names every table the storage code uses", () => {
    const storage = createTableStorage({ connectionString: 'UseDevelopmentStorage=true' } as never, { tablePrefix: '' });
    const readme = read('README.md');
    const record = readme.slice(readme.indexOf('### What the app stores, and where'));
    const named = new Set([...record.matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]));
    expect(Object.values(storage.tableNames).filter((table) => !named.has(table))).toEqual([]);
  });

  test('every Bicep output is a configuration key of the server or a value the lifecycle and the manifests use', () => {
    const used = new Set(
      ['appPackage/manifest.json', 'infra/entra/tab.aad.manifest.json', 'teamsapp.yml'].flatMap((file) => placeholdersIn(read(file))),
    );
    const known = new Set(SETTING_NAMES);
    expect(bicepOutputs.filter((name) => !known.has(name) && !used.has(name))).toEqual([]);
    // An output named as a configuration key carries that key's value.
    for (const name of bicepOutputs.filter((output) => known.has(output) && appSettings.has(output))) {
      expect(new RegExp(`^output ${name} string = (.+)$`, 'm').exec(bicep)?.[1]).toBe(appSettings.get(name));
    }
  });
});

describe("the tab's Entra app (SSO)", () => {
  const entra = JSON.parse(read('infra/entra/tab.aad.manifest.json'));
  const manifest = JSON.parse(read('appPackage/manifest.json'));
  const create = lifecycle.provision.find((step) => step.uses === 'aadApp/create');
  const update = lifecycle.provision.find((step) => step.uses === 'aadApp/update');

  test('aadApp/create makes it (no secret, this organisation only) and aadApp/update applies the manifest in the repository', () => {
    expect(create?.with).toMatchObject({ generateClientSecret: false, signInAudience: 'AzureADMyOrg' });
    expect(update?.with?.manifestPath).toBe('./infra/entra/tab.aad.manifest.json');
    expect(entra.id).toBe(`\${{${create?.writeToEnvironmentFile?.objectId}}}`);
    expect(entra.appId).toBe(`\${{${create?.writeToEnvironmentFile?.clientId}}}`);
  });

  test('its Application ID URI is api://<host>/<client id>, the resource the Teams manifest asks tokens for', () => {
    expect(entra.identifierUris).toEqual(['api://${{BOT_DOMAIN}}/${{TAB_APP_CLIENT_ID}}']);
    expect(manifest.webApplicationInfo.resource).toBe(entra.identifierUris[0]);
    expect(entra.accessTokenAcceptedVersion).toBe(2);
  });

  test('it exposes access_as_user, and the Teams desktop, mobile and web clients are pre-authorised for it', () => {
    const scope = entra.oauth2Permissions.find((p: { value: string }) => p.value === 'access_as_user');
    expect(scope).toMatchObject({ type: 'User', isEnabled: true });
    const clients = Object.fromEntries(entra.preAuthorizedApplications.map((a: { appId: string; permissionIds: string[] }) => [a.appId, a.permissionIds]));
    for (const teams of ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', '5e3ce6c0-2b1f-4285-8d4b-75ee78787346']) {
      expect(clients[teams]).toEqual([scope.id]);
    }
  });

  test('the bot keeps its managed identity: the Azure Bot is a user-assigned managed identity, not this app', () => {
    expect(bicep).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(bicep).toMatch(/msaAppId: identity\.properties\.clientId/);
    expect(lifecycle.provision.map((step) => step.uses)).not.toContain('botAadApp/create');
  });
});
