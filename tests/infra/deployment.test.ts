// No Bicep compiler runs here, so these check what can be checked without one: the app settings the
// Bicep gives the App Service make a complete production configuration, and every placeholder the
// manifest and teamsapp.yml read is produced by provisioning.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../bot/src/config';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

const bicep = read('infra/azure.bicep');
const appSettings = [...bicep.matchAll(/\{ name: '([A-Z0-9_]+)', value: /g)].map((m) => m[1]);
const outputs = [...bicep.matchAll(/^output ([A-Z0-9_]+) /gm)].map((m) => m[1]);

test('the App Service settings from Bicep make a production configuration the server accepts', () => {
  const env = Object.fromEntries(appSettings.map((name) => [name, `value-of-${name}`]));
  env.TABLES_ACCOUNT_URL = 'https://ledertrainee.table.core.windows.net/';
  env.MICROSOFT_APP_TYPE = 'UserAssignedMSI';
  env.APP_MODE = 'production';
  const config = loadConfig(env);
  expect(config.mode).toBe('production');
  expect(config.storage).toMatchObject({ kind: 'managedIdentity', clientId: 'value-of-AZURE_CLIENT_ID' });
});

test('every app setting Bicep sets is one the server reads (or one App Service itself reads)', () => {
  const config = read('bot/src/config.ts');
  const unknown = appSettings.filter((name) => !/^(WEBSITE_|SCM_)/.test(name) && !config.includes(`${name}:`));
  expect(unknown).toEqual([]);
});

test('every placeholder in the manifest and teamsapp.yml is provided by provisioning or the environment file', () => {
  const envFile = read('infra/env/.env.dev');
  const provided = new Set([...outputs, ...[...envFile.matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1])]);
  const placeholders = [read('appPackage/manifest.json'), read('teamsapp.yml'), read('infra/azure.parameters.json')]
    .flatMap((text) => [...text.matchAll(/\$\{\{([A-Z0-9_]+)\}\}/g)].map((m) => m[1]));
  expect(placeholders.length).toBeGreaterThan(0);
  expect([...new Set(placeholders)].filter((name) => !provided.has(name))).toEqual([]);
});

test('the manifest speaks Danish by default and has an English localization file', () => {
  const manifest = JSON.parse(read('appPackage/manifest.json'));
  expect(manifest.localizationInfo.defaultLanguageTag).toBe('da');
  const english = manifest.localizationInfo.additionalLanguages.find((l: { languageTag: string }) => l.languageTag === 'en');
  const localized = JSON.parse(read(`appPackage/${english.file}`));
  expect(localized['name.short']).toBeTruthy();
  expect(localized['description.full']).toBeTruthy();
});
