// The Teams app package is validated offline against the Teams JSON schema its $schema names.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** The manifest as provisioning writes it: placeholders filled with values of the right shape. */
function provisionedManifest(): Record<string, unknown> & { icons: { color: string; outline: string } } {
  const text = readFileSync(path.join(ROOT, 'appPackage/manifest.json'), 'utf8')
    .replace(/\$\{\{TEAMS_APP_ID\}\}/g, '8f2c1d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f')
    .replace(/\$\{\{BOT_ID\}\}/g, '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d')
    .replace(/\$\{\{BOT_DOMAIN\}\}/g, 'ledertrainee-dev.azurewebsites.net');
  return JSON.parse(text);
}

function schemaErrors(manifest: object): string[] {
  const output = execFileSync(process.execPath, [path.join(__dirname, '../support/validateManifest.cjs')], {
    input: JSON.stringify(manifest),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return JSON.parse(output) as string[];
}

test('the Teams manifest is valid against the Teams app schema', () => {
  expect(schemaErrors(provisionedManifest())).toEqual([]);
});

test('the schema check does catch a broken manifest', () => {
  const broken: Record<string, unknown> = provisionedManifest();
  delete broken.name;
  expect(schemaErrors(broken).join('\n')).toMatch(/name/);
});

test('the icons the manifest names exist in the app package', () => {
  const manifest = provisionedManifest();
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    expect(() => readFileSync(path.join(ROOT, 'appPackage', icon))).not.toThrow();
  }
});
