// Runs `npm start`'s local runner as a newcomer would, on free ports and a throw-away data folder,
// and stops it again with SIGTERM.
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../bot/scripts/azurite.cjs';

export interface LocalRunOptions {
  playground?: boolean;
  /** Use this Table Storage instead of starting Azurite. */
  tablesConnectionString?: string;
  tablePrefix?: string;
  timeoutMs?: number;
}

/** npm ends either with an exit code or by re-raising the signal that stopped it. */
export interface Ending {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface LocalRun {
  serverUrl: string;
  playgroundUrl: string;
  dataDir: string;
  ports: { server: number; playground: number; azurite: number };
  output(): string;
  /**
   * SIGTERM to `npm start` alone (as a service manager stops it); resolves with how it ended. Should
   * it not end within 20 s, its process group is killed, so a hung run cannot outlive the tests.
   */
  stop(): Promise<Ending>;
  /** Ctrl-C in the terminal: SIGINT to the whole process group (SIGKILL 20 s later); resolves with how it ended. */
  interrupt(): Promise<Ending>;
  /** Removes the data folder once nothing uses it any more. */
  cleanUp(): Promise<void>;
}

const ROOT = path.resolve(__dirname, '../..');

/**
 * Runs `npm start` exactly as the README says, in its own process group (like a terminal would).
 * When it does not get ready (it fails, or `timeoutMs` passes), everything it started is stopped
 * before the returned promise rejects; keep `timeoutMs` below the calling hook's timeout.
 */
export async function startLocalRun({
  playground = true,
  tablesConnectionString = '',
  tablePrefix = '',
  timeoutMs = 120_000,
}: LocalRunOptions = {}): Promise<LocalRun> {
  const ports = { server: await freePort(), playground: await freePort(), azurite: await freePort() };
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ledertrainee-run-'));
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: ROOT,
    detached: true,
    env: {
      ...process.env,
      PORT: String(ports.server),
      AGENTS_PLAYGROUND_PORT: String(ports.playground),
      AZURITE_TABLE_PORT: String(ports.azurite),
      LOCAL_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      TABLES_CONNECTION_STRING: tablesConnectionString,
      TABLES_TABLE_PREFIX: tablePrefix,
      AGENTS_PLAYGROUND: String(playground),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  let ended = false;
  const exited = new Promise<Ending>((resolve) =>
    child.once('exit', (code, signal) => {
      ended = true;
      resolve({ code, signal });
    }),
  );
  // The data folder goes once everything using it has stopped (see processesLeftAfter).
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
  /** Asks npm start to end (`send`); if it has not ended `graceMs` later, kills its whole process group. */
  const end = async (send: () => void, graceMs = 20_000): Promise<Ending> => {
    if (!ended) send();
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
    try {
      return await exited;
    } finally {
      clearTimeout(timer);
    }
  };
  const interrupt = () => end(() => killGroup(child, 'SIGINT'));

  try {
    await new Promise<void>((resolve, reject) => {
      const settle = (outcome: () => void) => {
        clearTimeout(timer);
        clearInterval(poll);
        outcome();
      };
      const timer = setTimeout(
        () => settle(() => reject(new Error(`npm start was not ready within ${timeoutMs} ms:\n${output}`))),
        timeoutMs,
      );
      const poll = setInterval(() => {
        if (output.includes('Stop: Ctrl-C')) settle(resolve);
      }, 200);
      void exited.then(({ code, signal }) =>
        settle(() => reject(new Error(`npm start ended (${signal ?? code}) before it was ready:\n${output}`))),
      );
    });
  } catch (error) {
    // Not ready: stop whatever npm start has started so far, as Ctrl-C would, so that after a failed
    // setup nothing keeps running and nothing keeps the test process alive.
    await interrupt();
    await processesLeftAfter([dataDir], 5_000);
    killGroup(child, 'SIGKILL'); // whatever of its process group is still there
    removeDataDir();
    throw error;
  }

  return {
    serverUrl: `http://127.0.0.1:${ports.server}`,
    playgroundUrl: `http://127.0.0.1:${ports.playground}`,
    dataDir,
    ports,
    output: () => output,
    stop: () => end(() => child.kill('SIGTERM')),
    interrupt,
    cleanUp: async () => {
      await processesLeftAfter([dataDir]);
      removeDataDir();
    },
  };
}

/** A signal to the process group `npm start` leads (it was started detached), as a terminal sends it. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is gone already
  }
}

/** Command lines of running processes that mention any of the needles. */
export function processesMentioning(needles: string[]): string[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => needles.some((needle) => line.includes(needle)) && !line.includes('ps -eo'));
}

/** Polls `done` every 250 ms until it holds or `graceMs` has passed; resolves with the last answer. */
export async function pollUntil(done: () => boolean | Promise<boolean>, graceMs = 15_000): Promise<boolean> {
  const deadline = Date.now() + graceMs;
  let result = await done();
  while (!result && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    result = await done();
  }
  return result;
}

/**
 * Waits until no process mentions the needles any more (npm may return before the runner it
 * started has finished stopping its children); resolves with whatever is still running then.
 */
export async function processesLeftAfter(needles: string[], graceMs = 15_000): Promise<string[]> {
  await pollUntil(() => processesMentioning(needles).length === 0, graceMs);
  return processesMentioning(needles);
}

/** Whether nothing answers at `url` any more, waiting up to `graceMs` for the server to go. */
export function refusedAfter(url: string, graceMs = 15_000): Promise<boolean> {
  return pollUntil(
    () =>
      fetch(url).then(
        () => false,
        () => true,
      ),
    graceMs,
  );
}
