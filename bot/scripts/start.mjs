// `npm start`: runs Ledertrainee for Teams locally with no Azure account.
//   1. builds the server (TypeScript → bot/dist) and, when its sources changed, the tab (Vite → tab/dist),
//   2. starts Azurite's Table service from node_modules (data in .localdata/azurite), unless
//      TABLES_CONNECTION_STRING points at another Table Storage,
//   3. starts the server on http://127.0.0.1:3978 (PORT overrides) in local mode and waits for
//      GET /api/health,
//   4. starts the Microsoft 365 Agents Playground on port 56150 connected to the bot, with the demo
//      people as its users (AGENTS_PLAYGROUND=false turns it off).
// Ctrl-C / SIGTERM stops everything it started; if any part dies, the rest is stopped too.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { startAzurite, stopProcess } = require('./azurite.cjs');
const { ensureTabBuilt } = require('./tabBuild.cjs');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const localData = path.resolve(root, process.env.LOCAL_DATA_DIR ?? '.localdata');
const env = process.env;
const port = Number(env.PORT ?? 3978);
const playgroundPort = Number(env.AGENTS_PLAYGROUND_PORT ?? 56150);
const wantPlayground = !/^(0|false|no|nej|off)$/i.test(env.AGENTS_PLAYGROUND ?? 'true');

/** Everything started, newest first, so stopping goes in reverse order. */
const running = [];
let stopping = false;

function say(message) {
  process.stdout.write(`[ledertrainee] ${message}\n`);
}

async function stopAll(exitCode) {
  if (stopping) return;
  stopping = true;
  say('stopper / stopping …');
  for (const part of running) {
    try {
      await part.stop();
    } catch (error) {
      say(`${part.name} did not stop cleanly: ${error.message}`);
    }
  }
  process.exit(exitCode);
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
process.on('SIGHUP', () => stopAll(0));

// `npm start` runs this through a shell, and a shell does not pass SIGTERM on: when npm is stopped,
// the shell dies and this process is left orphaned. Noticing the new parent, it stops everything.
const parentAtStart = process.ppid;
setInterval(() => {
  if (process.ppid !== parentAtStart) {
    say('npm start was stopped');
    stopAll(0);
  }
}, 500).unref();

/** Starts a child process that belongs to this run; if it dies on its own, everything stops. */
function startChild(name, args, options) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...options });
  child.once('exit', (code, signal) => {
    if (!stopping) {
      say(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`})`);
      stopAll(1);
    }
  });
  running.unshift({ name, stop: () => stopProcess(child) });
  return child;
}

async function waitForHealth(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline && !stopping) {
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = error.message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s (${last})`);
}

/** Fails early and clearly when a port is taken, instead of talking to someone else's server. */
async function assertPortFree(portToCheck, what) {
  const free = await new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(portToCheck, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
  if (!free) {
    throw new Error(
      `port ${portToCheck} (${what}) er optaget / is in use — is Ledertrainee already running? Stop it, or choose another port.`,
    );
  }
}

function build() {
  say('bygger / building …');
  const tsc = require.resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'bot/tsconfig.json')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('the TypeScript build failed');
}

async function main() {
  await assertPortFree(port, 'PORT');
  if (wantPlayground) await assertPortFree(playgroundPort, 'AGENTS_PLAYGROUND_PORT');
  build();
  // The tab (tab/dist) is rebuilt only when its sources changed since the last build.
  await ensureTabBuilt({ log: say });
  mkdirSync(localData, { recursive: true });

  let connectionString = env.TABLES_CONNECTION_STRING;
  let storageLabel = 'Table Storage from TABLES_CONNECTION_STRING';
  if (!connectionString) {
    const location = path.join(localData, 'azurite');
    mkdirSync(location, { recursive: true });
    const requested = Number(env.AZURITE_TABLE_PORT ?? 10002);
    let azurite;
    try {
      azurite = await startAzurite({ port: requested, location });
    } catch {
      // The usual port is taken (another Azurite?): use a free one rather than someone else's data.
      azurite = await startAzurite({ location });
    }
    running.unshift({ name: 'Azurite', stop: azurite.stop });
    connectionString = azurite.connectionString;
    storageLabel = `Azurite (Table) on http://127.0.0.1:${azurite.port}, data in ${location.startsWith(root) ? path.relative(root, location) : location}`;
  }

  const serverEnv = { ...env, APP_MODE: 'local', PORT: String(port), TABLES_CONNECTION_STRING: connectionString };
  // restify 11 still touches process.binding('http_parser'); the warning is noise for a user.
  startChild('server', ['--disable-warning=DEP0111', path.join(root, 'bot/dist/index.js')], { env: serverEnv });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(`${base}/api/health`, 60000);

  let playgroundLine = 'Agents Playground: off (AGENTS_PLAYGROUND=false)';
  if (wantPlayground) {
    const { writePlaygroundConfig, playgroundUserOf, PLAYGROUND_USERS } = require(path.join(root, 'bot/dist/demo/playgroundConfig.js'));
    // The Playground cannot switch user: AGENTS_PLAYGROUND_USER chooses who chats (Mette by default).
    const playgroundUser = playgroundUserOf(env.AGENTS_PLAYGROUND_USER);
    if (!playgroundUser) {
      throw new Error(`AGENTS_PLAYGROUND_USER=${env.AGENTS_PLAYGROUND_USER}: one of ${Object.keys(PLAYGROUND_USERS).join(', ')}`);
    }
    const configPath = path.join(localData, 'm365agentsplayground.yml');
    writeFileSync(configPath, writePlaygroundConfig(playgroundUser));
    startChild(
      'Agents Playground',
      [
        require.resolve('@microsoft/m365agentsplayground/cli.js'),
        '-c',
        'msteams',
        '-e',
        `${base}/api/messages`,
        '-p',
        String(playgroundPort),
        '--disable-telemetry',
      ],
      {
        env: {
          ...env,
          TEAMSAPPTESTER_BROWSER: 'none',
          M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
          M365_AGENTS_PLAYGROUND_LOGFILE: path.join(localData, 'm365agentsplayground.log'),
        },
      },
    );
    await waitForHealth(`http://127.0.0.1:${playgroundPort}/`, 60000);
    playgroundLine = `Agents Playground: http://127.0.0.1:${playgroundPort}  (du er / you are ${playgroundUser}; skriv "hjælp" / type "help")`;
  }

  say('');
  say('Ledertrainee for Teams kører lokalt / is running locally (LOCAL MODE: no bot authentication, loopback only)');
  say(`  Server:       ${base}   (health: ${base}/api/health, bot: ${base}/api/messages)`);
  say(`  Fanen / tab:  ${base}/tab   (lokal forhåndsvisning / local preview)`);
  say(`  Storage:      ${storageLabel}`);
  say(`  ${playgroundLine}`);
  say('  Stop: Ctrl-C');
}

main().catch((error) => {
  say(`kunne ikke starte / could not start: ${error.message}`);
  stopAll(1);
});
