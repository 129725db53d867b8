// Runs `npm start`'s local runner as a newcomer would, on free ports and a throw-away data folder,
// and stops it again with SIGTERM.
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../bot/scripts/azurite.cjs';

export interface LocalRun {
  serverUrl: string;
  playgroundUrl: string;
  dataDir: string;
  ports: { server: number; playground: number; azurite: number };
  output(): string;
  /** SIGTERM, then resolves with the exit code once the runner has exited. */
  stop(): Promise<number | null>;
}

const ROOT = path.resolve(__dirname, '../..');

export async function startLocalRun(timeoutMs = 120_000): Promise<LocalRun> {
  const ports = { server: await freePort(), playground: await freePort(), azurite: await freePort() };
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ledertrainee-run-'));
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'bot/scripts/start.mjs')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(ports.server),
      AGENTS_PLAYGROUND_PORT: String(ports.playground),
      AZURITE_TABLE_PORT: String(ports.azurite),
      LOCAL_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      TABLES_CONNECTION_STRING: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start was not ready within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const poll = setInterval(() => {
      if (output.includes('Stop: Ctrl-C')) {
        clearTimeout(timer);
        clearInterval(poll);
        resolve();
      }
    }, 200);
    void exited.then((code) => {
      clearTimeout(timer);
      clearInterval(poll);
      reject(new Error(`npm start exited with ${code} before it was ready:\n${output}`));
    });
  });

  return {
    serverUrl: `http://127.0.0.1:${ports.server}`,
    playgroundUrl: `http://127.0.0.1:${ports.playground}`,
    dataDir,
    ports,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Command lines of running processes that mention any of the needles. */
export function processesMentioning(needles: string[]): string[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => needles.some((needle) => line.includes(needle)) && !line.includes('ps -eo'));
}
