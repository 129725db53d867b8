// `npm run package -- <environment>` builds the zip an administrator uploads to Teams. It runs here for
// an environment file of the test's own (never the real infra/env files), and the zip is opened and
// checked as Teams would: the files, the filled-in placeholders, the schemas, the icons.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'ledertrainee-apppackage-'));
const ENVIRONMENT = 'packagetest';
const VALUES = {
  TEAMS_APP_ID: '8f2c1d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
  BOT_ID: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  BOT_DOMAIN: 'ledertrainee-test.azurewebsites.net',
  TAB_APP_CLIENT_ID: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
};

/** Runs `npm run package -- <environment> --env-folder <folder> --out <zip>` with this environment file. */
function packageFor(name: string, envFileText: string | undefined) {
  const folder = path.join(work, name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  if (envFileText !== undefined) writeFileSync(path.join(folder, `.env.${ENVIRONMENT}`), envFileText);
  const out = path.join(folder, 'appPackage.zip');
  const result = spawnSync('npm', ['run', '--silent', 'package', '--', ENVIRONMENT, '--env-folder', folder, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, out };
}

const envFile = (values: Record<string, string>) =>
  `# written by the test\nTEAMSFX_ENV=${ENVIRONMENT}\n${Object.entries(values)
    .map(([name, value]) => `${name}=${value}`)
    .join('\n')}\n`;

let built: ReturnType<typeof packageFor>;
let zip: JSZip;

beforeAll(async () => {
  built = packageFor('complete', envFile({ ...VALUES, BOT_DOMAIN: `"${VALUES.BOT_DOMAIN}"` }));
  if (built.status === 0) zip = await JSZip.loadAsync(readFileSync(built.out));
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const text = (name: string) => zip.file(name)!.async('string');
const json = async (name: string) => JSON.parse(await text(name));

function schemaErrors(document: object): string[] {
  const output = execFileSync(process.execPath, [path.join(__dirname, '../support/validateManifest.cjs')], {
    input: JSON.stringify(document),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return JSON.parse(output) as string[];
}

test('npm run package builds the app zip for an environment', () => {
  expect({ status: built.status, output: built.status === 0 ? '' : built.output }).toEqual({ status: 0, output: '' });
});

test('the zip holds the manifest, its localization and the two icons, flat, and nothing else', async () => {
  const manifest = await json('manifest.json');
  const expected = ['manifest.json', ...manifest.localizationInfo.additionalLanguages.map((l: { file: string }) => l.file), manifest.icons.color, manifest.icons.outline];
  const files = Object.values(zip.files).filter((entry) => !entry.dir).map((entry) => entry.name);
  expect(files.sort()).toEqual(expected.sort());
});

test("every placeholder is filled with the environment's value, and none is left", async () => {
  for (const name of Object.keys(zip.files).filter((file) => file.endsWith('.json'))) {
    expect(await text(name)).not.toMatch(/\$\{\{/);
  }
  const manifest = await json('manifest.json');
  expect(manifest.id).toBe(VALUES.TEAMS_APP_ID);
  expect(manifest.bots[0].botId).toBe(VALUES.BOT_ID);
  expect(manifest.validDomains).toEqual([VALUES.BOT_DOMAIN]);
  expect(manifest.webApplicationInfo).toEqual({ id: VALUES.TAB_APP_CLIENT_ID, resource: `api://${VALUES.BOT_DOMAIN}/${VALUES.TAB_APP_CLIENT_ID}` });
  expect(manifest.staticTabs.find((tab: { entityId: string }) => tab.entityId === 'oversigt').contentUrl).toBe(`https://${VALUES.BOT_DOMAIN}/tab/oversigt`);
});

test('the manifest and the localization inside the zip are valid against the bundled Teams schemas', async () => {
  const manifest = await json('manifest.json');
  expect(schemaErrors(manifest)).toEqual([]);
  for (const { file } of manifest.localizationInfo.additionalLanguages) expect(schemaErrors(await json(file))).toEqual([]);
});

test('the icons inside the zip have the sizes Teams asks for, the outline white on transparent', async () => {
  const manifest = await json('manifest.json');
  const color = PNG.sync.read(await zip.file(manifest.icons.color)!.async('nodebuffer'));
  const outline = PNG.sync.read(await zip.file(manifest.icons.outline)!.async('nodebuffer'));
  expect([color.width, color.height, outline.width, outline.height]).toEqual([192, 192, 32, 32]);
  const pixels = (png: PNG) => Array.from({ length: png.width * png.height }, (_, i) => [...png.data.subarray(i * 4, i * 4 + 4)]);
  expect(pixels(color).every(([, , , a]) => a === 255)).toBe(true);
  expect(pixels(outline).some(([, , , a]) => a === 0)).toBe(true);
  expect(pixels(outline).filter(([r, g, b, a]) => a > 0 && (r !== 255 || g !== 255 || b !== 255))).toEqual([]);
});

test('a value missing from the environment file stops the build, names the setting, and writes no zip', () => {
  const { TAB_APP_CLIENT_ID: _left, ...rest } = VALUES;
  const result = packageFor('missing', envFile({ ...rest, BOT_DOMAIN: '' }));
  expect(result.status).toBe(1);
  expect(result.output).toMatch(/has no value for BOT_DOMAIN, TAB_APP_CLIENT_ID/);
  expect(existsSync(result.out)).toBe(false);
});

test('an environment without an environment file is refused with a clear message', () => {
  const result = packageFor('absent', undefined);
  expect(result.status).toBe(1);
  expect(result.output).toMatch(new RegExp(`\\.env\\.${ENVIRONMENT} does not exist`));
  expect(existsSync(result.out)).toBe(false);
});

test('npm run package without an environment says how to call it', () => {
  const result = spawnSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(result.status).toBe(1);
  expect(`${result.stdout}${result.stderr}`).toMatch(/npm run package -- dev/);
});
