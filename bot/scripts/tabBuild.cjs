// Builds the Teams tab (tab/ → tab/dist, with Vite) when its sources changed since the last build.
// `npm start`, `npm test` (pretest), the tab's browser tests, the benchmarks and `npm run package:server`
// all call it, so the server always serves a tab built from the sources at hand.
//   node bot/scripts/tabBuild.cjs           build if stale
//   node bot/scripts/tabBuild.cjs --force   build anyway
// "Stale" compares a fingerprint (path, size, mtime of every source file: tab/src, tab/index.html,
// tab/vite.config.ts, tab/package.json, the API contract the tab imports and the domain labels it passes
// on) with the one written into tab/dist after the last successful build. Builds from several processes
// at once (jest workers) are serialised by a lock folder; a waiting process finds the build fresh
// afterwards and does nothing.
const { spawn } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const TAB = path.join(ROOT, 'tab');
const DIST = path.join(TAB, 'dist');
const FINGERPRINT_FILE = path.join(DIST, '.source-fingerprint');
const LOCK = path.join(TAB, '.build-lock');
const SOURCES = [
  path.join(TAB, 'src'),
  path.join(TAB, 'index.html'),
  path.join(TAB, 'vite.config.ts'),
  path.join(TAB, 'package.json'),
  path.join(ROOT, 'bot/src/api'),
  // The domain's labels, which the contract passes on to the tab.
  path.join(ROOT, 'bot/src/domain/labels.ts'),
  path.join(ROOT, 'bot/src/domain/localizedText.ts'),
];
const API = path.join(ROOT, 'bot/src/api');
/** Of bot/src/api only the contract reaches the tab. */
const isSource = (file) => !file.startsWith(API + path.sep) || path.relative(API, file).includes('contract');

function listFiles(entry, out) {
  if (!existsSync(entry)) return out;
  const stat = statSync(entry);
  if (stat.isDirectory()) {
    for (const name of readdirSync(entry).sort()) listFiles(path.join(entry, name), out);
  } else if (isSource(entry)) {
    out.push(`${path.relative(ROOT, entry)}|${stat.size}|${Math.round(stat.mtimeMs)}`);
  }
  return out;
}

function sourceFingerprint() {
  const files = SOURCES.flatMap((entry) => listFiles(entry, []));
  return createHash('sha256').update(files.join('\n')).digest('hex');
}

function isFresh() {
  try {
    return existsSync(path.join(DIST, 'index.html')) && readFileSync(FINGERPRINT_FILE, 'utf8') === sourceFingerprint();
  } catch {
    return false;
  }
}

function runVite(log) {
  return new Promise((resolve, reject) => {
    const vite = path.join(path.dirname(require.resolve('vite/package.json', { paths: [TAB, ROOT] })), 'bin/vite.js');
    // NODE_ENV=production always: jest sets NODE_ENV=test, which would make Vite bundle React's development build.
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: TAB,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) {
        if (output.trim()) log(output.trim());
        resolve();
      } else reject(new Error(`vite build failed (${signal ?? `exit code ${code}`}):\n${output}`));
    });
  });
}

async function withLock(work, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A lock older than the timeout was left by a killed build.
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > timeoutMs) rmSync(LOCK, { recursive: true, force: true });
      } catch {}
      if (Date.now() > deadline) throw new Error(`the tab build lock ${LOCK} was held for too long`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds tab/dist unless it is fresh (or `force`). Resolves to whether it built. */
async function ensureTabBuilt(options = {}) {
  const { force = false, log = () => {}, timeoutMs = 180_000 } = options;
  if (!force && isFresh()) return false;
  return withLock(async () => {
    if (!force && isFresh()) return false;
    const fingerprint = sourceFingerprint();
    log('bygger fanen / building the tab …');
    await runVite(log);
    writeFileSync(FINGERPRINT_FILE, fingerprint);
    return true;
  }, timeoutMs);
}

module.exports = { ensureTabBuilt, TAB_DIST: DIST };

if (require.main === module) {
  ensureTabBuilt({ force: process.argv.includes('--force'), log: (m) => process.stdout.write(`[tab] ${m}\n`) })
    .then((built) => process.stdout.write(`[tab] ${built ? 'built' : 'up to date'}: ${path.relative(ROOT, DIST)}\n`))
    .catch((error) => {
      process.stderr.write(`[tab] ${error.message}\n`);
      process.exit(1);
    });
}
