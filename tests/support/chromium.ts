// Headless Chromium for the browser tests, driven by playwright-core. Nothing to install beyond
// `npm install`: CHROMIUM_PATH when set (any Chromium or Chrome); else Debian's `chromium` when the
// machine has it; else the Chromium shipped inside the npm package @sparticuz/chromium (a
// devDependency), unpacked once per version to <tmp>/ledertrainee-chromium-<version>/ (about 2 s).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Browser, chromium } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../..');
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

// Without the background-networking flags Chromium keeps trying to reach Google's hosts.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumChoice {
  source: 'CHROMIUM_PATH' | 'debian' | 'npm';
  executablePath: string;
  args: string[];
}

/** Launches the browser findChromium chooses; gives up after `timeoutMs` (unpacking, then starting). */
export async function launchChromium(timeoutMs = 60_000): Promise<Browser> {
  const { source, executablePath, args } = await findChromium(timeoutMs);
  try {
    // On failure playwright-core kills the browser process it started.
    return await chromium.launch({ executablePath, args, timeout: timeoutMs });
  } catch (error) {
    throw new Error(`Chromium (${source}: ${executablePath}) could not start: ${(error as Error).message}`);
  }
}

/** CHROMIUM_PATH, else Debian's Chromium when present, else the one from the npm package. */
export async function findChromium(timeoutMs = 60_000): Promise<ChromiumChoice> {
  const chosen = process.env.CHROMIUM_PATH?.trim();
  if (chosen) return { source: 'CHROMIUM_PATH', executablePath: chosen, args: FLAGS };
  const system = SYSTEM_CHROMIUM.find((candidate) => existsSync(candidate));
  if (system) return { source: 'debian', executablePath: system, args: FLAGS };
  return npmChromium(timeoutMs);
}

/**
 * The Chromium inside @sparticuz/chromium. The package unpacks itself into os.tmpdir() and afterwards
 * trusts whatever `<tmp>/chromium` holds, even a half-written file from an interrupted run or another
 * version; so it unpacks into a fresh folder (TMPDIR of the child that runs it) that is renamed into
 * place only when complete. The package is ESM only, which jest's module system cannot load: a plain
 * Node child process runs it.
 */
export async function npmChromium(timeoutMs = 60_000): Promise<ChromiumChoice> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`@sparticuz/chromium holds a Linux x64 Chromium; on ${process.platform}-${process.arch} set CHROMIUM_PATH to a Chrome or Chromium.`);
  }
  const packageDir = path.join(ROOT, 'node_modules/@sparticuz/chromium');
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const dir = path.join(tmpdir(), `ledertrainee-chromium-${version}`);
  const executablePath = path.join(dir, 'chromium');
  const script = [
    "const { default: chromium } = await import('@sparticuz/chromium');",
    'chromium.setGraphicsMode = false;', // no WebGL: nothing to unpack for it
    'const executablePath = process.argv[1] === "unpack" ? await chromium.executablePath() : "";',
    'process.stdout.write(JSON.stringify({ executablePath, args: chromium.args }));',
  ].join('\n');
  const run = async (mode: 'unpack' | 'args', env: NodeJS.ProcessEnv) =>
    JSON.parse(
      await new Promise<string>((resolve, reject) =>
        execFile(
          process.execPath,
          ['--input-type=module', '-e', script, mode],
          { cwd: ROOT, env, timeout: timeoutMs, killSignal: 'SIGKILL' },
          (error, stdout, stderr) => (error ? reject(new Error(`@sparticuz/chromium: ${error.message}\n${stderr}`)) : resolve(stdout)),
        ),
      ),
    ) as { executablePath: string; args: string[] };

  if (!existsSync(executablePath)) {
    const staging = mkdtempSync(`${dir}.partial-`);
    try {
      const unpacked = await run('unpack', { ...process.env, TMPDIR: staging });
      if (path.dirname(unpacked.executablePath) !== staging) {
        throw new Error(`@sparticuz/chromium unpacked to ${unpacked.executablePath}, not into ${staging}`);
      }
      try {
        renameSync(staging, dir);
      } catch (error) {
        // Another test process finished first: its copy is as good as ours.
        if (!existsSync(executablePath)) throw error;
      }
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  const { args } = await run('args', process.env);
  return { source: 'npm', executablePath, args: mergeFlags(args, FLAGS) };
}

/** The package's recommended flags, then ours that it does not set already (compared by name). */
export function mergeFlags(recommended: string[], ours: string[]): string[] {
  const name = (flag: string) => flag.split('=')[0];
  const present = new Set(recommended.map(name));
  return [...recommended, ...ours.filter((flag) => !present.has(name(flag)))];
}
