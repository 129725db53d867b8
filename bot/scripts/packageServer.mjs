// `npm run package:server [-- <folder>]`: the deployable server, built once here and run as it is by
// App Service (which builds nothing: SCM_DO_BUILD_DURING_DEPLOYMENT=false).
//   1. compiles bot/src into <folder>/bot/dist (TypeScript, no source maps),
//   2. builds the tab when its sources changed (bot/scripts/tabBuild.cjs) and copies tab/dist into
//      <folder>/tab/dist, where the server serves it under /tab,
//   3. copies package.json and package-lock.json (and .npmrc, if any),
//   4. installs exactly the locked production dependencies there: npm ci --omit=dev --ignore-scripts
//      --workspaces=false (the tab's packages are built into tab/dist; none of them is installed).
// <folder> defaults to build/server; teamsapp.yml zip-deploys it and App Service runs
// `node bot/dist/index.js` in it. Needs the dev dependencies (TypeScript) installed here.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { ensureTabBuilt } = require('./tabBuild.cjs');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.resolve(root, process.argv[2] ?? 'build/server');

function say(message) {
  process.stdout.write(`[package:server] ${message}\n`);
}

function run(what, command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw new Error(`${what}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${what} failed (${result.signal ?? `exit code ${result.status}`})`);
}

/** npm itself: the one running this script when started by `npm run`, else npm from PATH. */
function npm(args, options) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && /\.c?js$/.test(npmCli)) return run(`npm ${args[0]}`, process.execPath, [npmCli, ...args], options);
  return run(`npm ${args[0]}`, process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { shell: process.platform === 'win32', ...options });
}

try {
  // The folder is emptied first: never the project itself or a folder holding it.
  if (out === root || root.startsWith(`${out}${path.sep}`)) throw new Error(`refusing to empty ${out}`);
  say(`building ${path.relative(root, out) || out} …`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  run('the TypeScript build', process.execPath, [
    require.resolve('typescript/bin/tsc'),
    '-p',
    path.join(root, 'bot/tsconfig.json'),
    '--outDir',
    path.join(out, 'bot/dist'),
    '--sourceMap',
    'false',
  ]);

  await ensureTabBuilt({ log: say });
  cpSync(path.join(root, 'tab/dist'), path.join(out, 'tab/dist'), {
    recursive: true,
    filter: (source) => path.basename(source) !== '.source-fingerprint',
  });

  for (const file of ['package.json', 'package-lock.json', '.npmrc']) {
    if (existsSync(path.join(root, file))) copyFileSync(path.join(root, file), path.join(out, file));
  }
  // Only what the server needs at run time; no package's install script runs (none is needed).
  npm(['ci', '--omit=dev', '--ignore-scripts', '--workspaces=false', '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd: out,
    // Settings of the `npm run` that started this script (e.g. --omit, --include) do not apply here.
    env: Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_config_(omit|include|production|only|dev)$/i.test(name))),
  });
  say(`ready: ${out} (App Service runs \`node bot/dist/index.js\` there)`);
} catch (error) {
  say(`failed: ${error.message}`);
  process.exit(1);
}
