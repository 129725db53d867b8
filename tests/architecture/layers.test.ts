// The layer rule (.dependency-cruiser.cjs) is a set of allow-lists. These tests write small probe files
// into bot/src — each one a forbidden (or an allowed) import — run dependency-cruiser on them with the
// project's config, and check that the right rule refuses them. The probes are plain side-effect
// imports of files that exist, so even a type check that happens to run while they are there passes;
// they live only for the one cruise and are removed in `finally`.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'bot/src');
const DEPCRUISE = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const PREFIX = '__layerprobe_';

interface Violation {
  from: string;
  to: string;
  rule: { name: string; severity: string };
}
interface CruiseResult {
  modules: { source: string; dependencies: { module: string; resolved: string; couldNotResolve: boolean }[] }[];
  summary: { violations: Violation[] };
}

const id = `${PREFIX}${randomBytes(4).toString('hex')}`;
/** A folder no rule names, like http/ or scheduling/ would be on the day they are added. */
const newFolder = `bot/src/${id}`;

/** Probe files (paths from the repository root) and what each imports. Written in this order. */
const probes = {
  newFolderToStorage: { file: `${newFolder}/probe.ts`, imports: ['../storage'] },
  newFolderOwnFilesAndNpm: { file: `${newFolder}/allowed.ts`, imports: ['./probe', 'restify'] },
  domainToStorage: { file: `bot/src/domain/${id}_storage.ts`, imports: ['../storage'] },
  domainToNodeFs: { file: `bot/src/domain/${id}_fs.ts`, imports: ['node:fs'] },
  domainToCardJson: { file: `bot/src/domain/${id}_json.ts`, imports: ['../cards/help.json'] },
  applicationToBotbuilder: { file: `bot/src/application/${id}_botbuilder.ts`, imports: ['botbuilder'] },
  teamsToStorage: { file: `bot/src/teams/${id}_storage.ts`, imports: ['../storage'] },
  teamsToNewFolder: { file: `bot/src/teams/${id}_newfolder.ts`, imports: [`../${id}/probe`] },
  apiToTeams: { file: `bot/src/api/${id}_teams.ts`, imports: ['../teams'] },
  teamsToDevDependency: { file: `bot/src/teams/${id}_devdep.ts`, imports: ['playwright-core'] },
  apiToConfig: { file: `bot/src/api/${id}_config.ts`, imports: ['../config'] },
  rootFileToDomain: { file: `bot/src/${id}.ts`, imports: ['./domain/people'] },
  teamsToUseCasesAndCards: {
    file: `bot/src/teams/${id}_allowed.ts`,
    imports: ['../application/ports', '../cards', '../domain/people', 'botbuilder'],
  },
  storageToPortsAndAzure: {
    file: `bot/src/storage/${id}_allowed.ts`,
    imports: ['../application/ports', '../domain/ports', '@azure/data-tables', 'node:crypto'],
  },
  contractToDomain: { file: `bot/src/api/contract/${id}_domain.ts`, imports: ['../../domain/people'] },
  contractToLabels: {
    file: `bot/src/api/contract/${id}_labels.ts`,
    imports: ['../../domain/labels', '../../domain/localizedText', 'zod'],
  },
  schedulingToStorage: { file: `bot/src/scheduling/${id}_storage.ts`, imports: ['../storage'] },
  schedulingToPortsAndLibraries: {
    file: `bot/src/scheduling/${id}_allowed.ts`,
    imports: ['../application/ports', '../domain/calendar', 'date-holidays', 'ical-generator', 'node:crypto'],
  },
  teamsToScheduling: { file: `bot/src/teams/${id}_scheduling.ts`, imports: ['../scheduling'] },
};
type Probe = keyof typeof probes;

/** Writes every probe, cruises them once, and removes them again — whatever happens in between. */
function cruiseProbes(): CruiseResult {
  removeStaleProbes();
  const written: string[] = [];
  try {
    mkdirSync(path.join(ROOT, newFolder));
    for (const { file, imports } of Object.values(probes)) {
      const full = path.join(ROOT, file);
      const lines = ['// Probe of tests/architecture/layers.test.ts; removed after the test.'];
      writeFileSync(full, [...lines, ...imports.map((i) => `import '${i}';`), ''].join('\n'));
      written.push(full);
    }
    // --max-depth 2, not the whole of bot/src: the probes, what they import, and one step more — with 1,
    // a probe that another probe imports is reached as a dependency and its own imports go unread.
    const run = spawnSync(
      process.execPath,
      [DEPCRUISE, '--config', '.dependency-cruiser.cjs', '--output-type', 'json', '--max-depth', '2',
        ...Object.values(probes).map((p) => p.file)],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (!run.stdout) throw new Error(`dependency-cruiser gave no output: ${run.stderr || run.error}`);
    return JSON.parse(run.stdout) as CruiseResult;
  } finally {
    removeProbes(written);
  }
}

/** Importers first, the folder last, so no probe is ever left importing one that is gone. */
function removeProbes(written: string[]): void {
  for (const full of written.reverse()) rmSync(full, { force: true });
  rmSync(path.join(ROOT, newFolder), { recursive: true, force: true });
}

/** Probes a killed run could not remove (older than 5 minutes, so never another run's live ones). */
function removeStaleProbes(): void {
  const stale = (full: string) => Date.now() - statSync(full).mtimeMs > 5 * 60_000;
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (name.startsWith(PREFIX)) {
        if (stale(full)) rmSync(full, { recursive: true, force: true });
      } else if (statSync(full).isDirectory()) {
        visit(full);
      }
    }
  };
  visit(SRC);
}

let result: CruiseResult;

beforeAll(() => {
  result = cruiseProbes();
});

afterAll(() => {
  removeProbes(Object.values(probes).map((p) => path.join(ROOT, p.file)));
});

/** The rules the probe's own imports break (the probe was cruised, and its imports resolved). */
function rulesBrokenBy(probe: Probe): string[] {
  const { file, imports } = probes[probe];
  const cruised = result.modules.find((m) => m.source === file);
  expect(cruised).toBeDefined();
  // dependency-cruiser names Node built-ins without their `node:` prefix.
  const bare = (name: string) => name.replace(/^node:/, '');
  expect(cruised!.dependencies.map((d) => bare(d.module)).sort()).toEqual(imports.map(bare).sort());
  expect(cruised!.dependencies.filter((d) => d.couldNotResolve)).toEqual([]);
  const broken = result.summary.violations.filter((v) => v.from === file).map((v) => v.rule.name);
  return [...new Set(broken)].sort();
}

test('no probe file is left in bot/src after the cruise', () => {
  for (const { file } of Object.values(probes)) expect(() => statSync(path.join(ROOT, file))).toThrow();
  expect(() => statSync(path.join(ROOT, newFolder))).toThrow();
});

test('a domain file that imports storage is refused by the layer rule', () => {
  expect(rulesBrokenBy('domainToStorage')).toEqual(
    expect.arrayContaining(['domain-imports-only-domain', 'only-the-composition-root-wires-adapters']),
  );
});

test('a domain file that imports a Node built-in (node:fs) is refused by the layer rule', () => {
  expect(rulesBrokenBy('domainToNodeFs')).toContain('domain-imports-only-domain');
});

test('a domain file that imports a card template (.json) is refused by the layer rule', () => {
  expect(rulesBrokenBy('domainToCardJson')).toContain('domain-imports-only-domain');
});

test('an application file that imports botbuilder is refused by the layer rule', () => {
  expect(rulesBrokenBy('applicationToBotbuilder')).toContain('application-imports-only-domain');
});

test('a teams file that imports storage is refused by the layer rule', () => {
  expect(rulesBrokenBy('teamsToStorage')).toEqual(
    expect.arrayContaining([
      'teams-imports-only-use-cases-cards-and-domain',
      'only-the-composition-root-wires-adapters',
    ]),
  );
});

test('a teams file that imports a devDependency (playwright-core) is refused by the layer rule', () => {
  expect(rulesBrokenBy('teamsToDevDependency')).toContain('teams-imports-only-use-cases-cards-and-domain');
});

test('an api file that imports teams is refused by the layer rule', () => {
  expect(rulesBrokenBy('apiToTeams')).toEqual(
    expect.arrayContaining(['api-imports-only-use-cases-cards-and-domain', 'only-the-composition-root-wires-adapters']),
  );
});

test('an api file that imports config.ts is refused by the layer rule', () => {
  expect(rulesBrokenBy('apiToConfig')).toEqual(
    expect.arrayContaining(['api-imports-only-use-cases-cards-and-domain', 'only-the-root-reads-config']),
  );
});

test('a file in a new folder that imports storage is refused by the layer rule', () => {
  expect(rulesBrokenBy('newFolderToStorage')).toEqual(
    expect.arrayContaining(['unlisted-folder-keeps-to-itself', 'only-the-composition-root-wires-adapters']),
  );
});

test('a teams file that imports a new folder is refused by the layer rule', () => {
  expect(rulesBrokenBy('teamsToNewFolder')).toEqual(
    expect.arrayContaining([
      'teams-imports-only-use-cases-cards-and-domain',
      'only-the-composition-root-wires-adapters',
    ]),
  );
});

test('a new file beside app.ts that imports the domain is refused by the layer rule', () => {
  expect(rulesBrokenBy('rootFileToDomain')).toContain('unlisted-root-file-keeps-to-itself');
});

test('a file in a new folder that imports its own files and npm packages is allowed by the layer rule', () => {
  expect(rulesBrokenBy('newFolderOwnFilesAndNpm')).toEqual([]);
});

test('a teams file that imports use cases, cards, domain types and botbuilder is allowed by the layer rule', () => {
  expect(rulesBrokenBy('teamsToUseCasesAndCards')).toEqual([]);
});

test('a storage file that imports the ports, @azure/data-tables and node:crypto is allowed by the layer rule', () => {
  expect(rulesBrokenBy('storageToPortsAndAzure')).toEqual([]);
});

test('a scheduling file that imports storage is refused by the layer rule', () => {
  expect(rulesBrokenBy('schedulingToStorage')).toEqual(
    expect.arrayContaining(['scheduling-imports-only-domain-and-ports', 'only-the-composition-root-wires-adapters']),
  );
});

test('a teams file that imports scheduling is refused: only app.ts wires the scheduler adapters', () => {
  expect(rulesBrokenBy('teamsToScheduling')).toEqual(
    expect.arrayContaining([
      'teams-imports-only-use-cases-cards-and-domain',
      'only-the-composition-root-wires-adapters',
    ]),
  );
});

test('a scheduling file that imports the ports, the domain, its libraries and node:crypto is allowed by the layer rule', () => {
  expect(rulesBrokenBy('schedulingToPortsAndLibraries')).toEqual([]);
});

test('the API contract importing a domain file other than the labels is refused: it travels to the browser', () => {
  expect(rulesBrokenBy('contractToDomain')).toContain('api-contract-imports-only-zod');
});

test('the API contract importing the domain labels, the shape of a text and zod is allowed by the layer rule', () => {
  expect(rulesBrokenBy('contractToLabels')).toEqual([]);
});
