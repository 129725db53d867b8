// The deployable artifact: `npm run package:server` builds it (TypeScript, then a production-only
// install from the lockfile), and the server starts from that folder alone, as App Service starts it.
// About 30 s on two cores (the install takes most of it, from npm's cache).
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, stopProcess } from '../../bot/scripts/azurite.cjs';
import { testConnectionString, uniqueTablePrefix } from '../support/tables';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
// Outside the project, so that nothing can be found in the project's own node_modules.
const work = mkdtempSync(path.join(tmpdir(), 'ledertrainee-package-'));
const artifact = path.join(work, 'server');
let packaging: ReturnType<typeof spawnSync>;
let server: ChildProcess | undefined;

beforeAll(() => {
  packaging = spawnSync(process.execPath, ['bot/scripts/packageServer.mjs', artifact], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 170_000,
    killSignal: 'SIGKILL',
  });
}, 180_000);

afterAll(async () => {
  if (server) await stopProcess(server);
  rmSync(work, { recursive: true, force: true });
});

/** Runs the artifact's server with only these settings (and PATH), like App Service does. */
function startServer(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['bot/dist/index.js'], { cwd: artifact, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

test('npm run package:server builds the artifact', () => {
  expect({ status: packaging.status, output: packaging.status === 0 ? '' : `${packaging.stdout}${packaging.stderr}` }).toEqual({ status: 0, output: '' });
});

test('the artifact holds bot/dist/index.js, the built tab, package.json, the lockfile and the production dependencies, and nothing else', () => {
  expect(readdirSync(artifact).sort()).toEqual(['bot', 'node_modules', 'package-lock.json', 'package.json', 'tab']);
  expect(readdirSync(path.join(artifact, 'bot'))).toEqual(['dist']);
  expect(existsSync(path.join(artifact, 'bot/dist/index.js'))).toBe(true);
  // The tab as Vite built it (served under /tab), without its sources or packages.
  expect(readdirSync(path.join(artifact, 'tab'))).toEqual(['dist']);
  expect(existsSync(path.join(artifact, 'tab/dist/index.html'))).toBe(true);
  const installed = (location: string) => existsSync(path.join(artifact, location, 'package.json'));
  expect(Object.keys(pkg.dependencies).filter((name) => !installed(`node_modules/${name}`))).toEqual([]);
  // Nothing the lockfile marks as needed only for development (Azurite, the Playground, TypeScript, jest …).
  const lock: { packages: Record<string, { dev?: boolean }> } = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
  const devOnly = Object.keys(lock.packages).filter((location) => lock.packages[location].dev);
  expect(devOnly).toEqual(expect.arrayContaining(['node_modules/azurite', 'node_modules/@microsoft/m365agentsplayground', 'node_modules/typescript']));
  expect(devOnly.filter(installed)).toEqual([]);
});

test('the server starts from the artifact alone and answers its health check', async () => {
  const port = await freePort();
  server = startServer({
    APP_MODE: 'local',
    PORT: String(port),
    TABLES_CONNECTION_STRING: testConnectionString(),
    TABLES_TABLE_PREFIX: uniqueTablePrefix('pkg'),
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
  });
  let output = '';
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  let status = 0;
  const deadline = Date.now() + 20_000;
  while (status !== 200 && server.exitCode === null && Date.now() < deadline) {
    status = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (response) => response.status,
      () => 0,
    );
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect({ status, output: status === 200 ? '' : output }).toEqual({ status: 200, output: '' });
  await stopProcess(server);
  server = undefined;
});

test('in production mode without its settings the artifact refuses to start and names them', () => {
  const result = spawnSync(process.execPath, ['bot/dist/index.js'], {
    cwd: artifact,
    env: { PATH: process.env.PATH, APP_MODE: 'production' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('MICROSOFT_APP_ID is missing');
});
