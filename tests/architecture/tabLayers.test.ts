// The tab (tab/src) runs in the browser and knows the server only through the API contract
// (bot/src/api/contract). The layer rule `tab-imports-only-the-contract` in .dependency-cruiser.cjs
// says so; these tests write small probe files into tab/src — each a forbidden or an allowed import —
// cruise them with the project's config, and check which are refused. The probes are removed after.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const DEPCRUISE = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const RULE = 'tab-imports-only-the-contract';
const id = `__layerprobe_${randomBytes(4).toString('hex')}`;

const probes = {
  domain: { file: `tab/src/${id}_domain.ts`, imports: ['../../bot/src/domain/people'] },
  application: { file: `tab/src/${id}_application.ts`, imports: ['../../bot/src/application/useCases'] },
  apiRoute: { file: `tab/src/${id}_route.ts`, imports: ['../../bot/src/api/health'] },
  nodeBuiltIn: { file: `tab/src/${id}_fs.ts`, imports: ['node:fs'] },
  contractAndPackages: {
    file: `tab/src/${id}_allowed.ts`,
    imports: ['../../bot/src/api/contract', '../../bot/src/api/contract/routes', '../../bot/src/api/contract/labels', '@microsoft/teams-js', 'react', './host/themes'],
  },
};
type Probe = keyof typeof probes;

interface CruiseResult {
  modules: { source: string; dependencies: { module: string; couldNotResolve: boolean }[] }[];
  summary: { violations: { from: string; rule: { name: string } }[] };
}

let result: CruiseResult;

beforeAll(() => {
  try {
    for (const { file, imports } of Object.values(probes)) {
      writeFileSync(path.join(ROOT, file), ['// Probe of tests/architecture/tabLayers.test.ts; removed after the test.', ...imports.map((i) => `import '${i}';`), ''].join('\n'));
    }
    const run = spawnSync(
      process.execPath,
      [DEPCRUISE, '--config', '.dependency-cruiser.cjs', '--output-type', 'json', '--max-depth', '1', ...Object.values(probes).map((p) => p.file)],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (!run.stdout) throw new Error(`dependency-cruiser gave no output: ${run.stderr || run.error}`);
    result = JSON.parse(run.stdout) as CruiseResult;
  } finally {
    for (const { file } of Object.values(probes)) rmSync(path.join(ROOT, file), { force: true });
  }
});

function rulesBrokenBy(probe: Probe): string[] {
  const { file, imports } = probes[probe];
  const cruised = result.modules.find((m) => m.source === file);
  expect(cruised).toBeDefined();
  expect(cruised!.dependencies).toHaveLength(imports.length);
  expect(cruised!.dependencies.filter((d) => d.couldNotResolve)).toEqual([]);
  return [...new Set(result.summary.violations.filter((v) => v.from === file).map((v) => v.rule.name))];
}

test('no probe is left in tab/src after the cruise', () => {
  for (const { file } of Object.values(probes)) expect(() => statSync(path.join(ROOT, file))).toThrow();
});

test('the tab importing the domain is refused', () => {
  expect(rulesBrokenBy('domain')).toContain(RULE);
});

test('the tab importing a use case is refused', () => {
  expect(rulesBrokenBy('application')).toContain(RULE);
});

test('the tab importing an API route (anything of bot/src/api but the contract) is refused', () => {
  expect(rulesBrokenBy('apiRoute')).toContain(RULE);
});

test('the tab importing a Node built-in is refused', () => {
  expect(rulesBrokenBy('nodeBuiltIn')).toContain(RULE);
});

test('the contract (with the domain labels it passes on), npm packages and the tab’s own files are allowed', () => {
  expect(rulesBrokenBy('contractAndPackages')).toEqual([]);
});

test('the tab as it is keeps the rule', () => {
  const run = spawnSync(process.execPath, [DEPCRUISE, '--config', '.dependency-cruiser.cjs', '--output-type', 'err', 'tab/src'], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stdout + run.stderr).not.toContain(RULE);
  expect(run.status).toBe(0);
});
