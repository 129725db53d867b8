// `npm run package -- <environment> [--env-folder <folder>] [--out <file.zip>]`: the Teams app package
// (the zip an administrator uploads to the tenant's app catalogue) for one environment.
//   1. reads the environment file <env-folder>/.env.<environment> (default folder: infra/env, the one
//      teamsapp.yml provisions into),
//   2. fills every ${{NAME}} in the manifest and its localization files from it; a name without a
//      value stops the build and is named (provisioning writes them: run it first),
//   3. validates the filled manifest and localizations against the Teams schemas bundled with
//      @microsoft/app-manifest (offline),
//   4. zips manifest.json, the localization files and the two icons, flat, as Teams expects them,
//      into <out> (default appPackage/build/appPackage.<environment>.zip, where teamsapp.yml puts it).
// Secrets never go into the package: only .env.<environment> is read, never its .user file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const require = createRequire(import.meta.url);
const { schemaErrors } = require('./schemas.cjs');
const appPackage = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(appPackage, '..');

class PackageError extends Error {}

/** A path as the user knows it: relative inside the project, absolute outside. */
function shown(file) {
  const relative = path.relative(root, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function say(message) {
  process.stdout.write(`[package] ${message}\n`);
}

function parseArguments(argv) {
  const options = { envFolder: path.join(root, 'infra/env'), out: undefined, environment: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--env-folder' || arg === '--out') {
      const value = argv[++i];
      if (!value) throw new PackageError(`${arg} needs a value`);
      options[arg === '--out' ? 'out' : 'envFolder'] = path.resolve(value);
    } else if (arg.startsWith('--')) {
      throw new PackageError(`unknown option ${arg}`);
    } else if (options.environment) {
      throw new PackageError(`one environment only, got "${options.environment}" and "${arg}"`);
    } else {
      options.environment = arg;
    }
  }
  if (!options.environment) throw new PackageError('name the environment, e.g. `npm run package -- dev` (reads infra/env/.env.dev)');
  if (!/^[A-Za-z0-9_-]+$/.test(options.environment)) throw new PackageError(`"${options.environment}" is not an environment name`);
  options.out ??= path.join(appPackage, 'build', `appPackage.${options.environment}.zip`);
  return options;
}

/** KEY=VALUE lines as the Agents Toolkit writes them: comments, blank lines, optional quotes. */
function readEnvironmentFile(file) {
  if (!existsSync(file)) throw new PackageError(`${shown(file)} does not exist (the environment file: provisioning writes it)`);
  const values = new Map();
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    const quoted = /^(['"])(.*)\1$/.exec(match[2]);
    values.set(match[1], quoted ? quoted[2] : match[2]);
  }
  return values;
}

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The text with every placeholder filled; the names without a value are collected in `missing`. */
function fill(text, values, missing) {
  return text.replace(PLACEHOLDER, (whole, name) => {
    const value = values.get(name);
    if (value === undefined || value === '') {
      missing.add(name);
      return whole;
    }
    // The value lands inside a JSON string.
    return JSON.stringify(value).slice(1, -1);
  });
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const envFile = path.join(options.envFolder, `.env.${options.environment}`);
  const values = readEnvironmentFile(envFile);
  const missing = new Set();

  const manifestText = fill(readFileSync(path.join(appPackage, 'manifest.json'), 'utf8'), values, missing);
  const manifest = JSON.parse(manifestText);
  const localizations = (manifest.localizationInfo?.additionalLanguages ?? []).map(({ file }) => ({
    file,
    text: fill(readFileSync(path.join(appPackage, file), 'utf8'), values, missing),
  }));
  if (missing.size > 0) {
    throw new PackageError(
      `${shown(envFile)} has no value for ${[...missing].sort().join(', ')} ` +
        '(provisioning writes them: run the Agents Toolkit provision for this environment first)',
    );
  }

  const problems = [];
  for (const [name, document] of [['manifest.json', manifest], ...localizations.map((l) => [l.file, JSON.parse(l.text)])]) {
    for (const error of await schemaErrors(document)) problems.push(`${name}: ${error}`);
  }
  if (problems.length > 0) throw new PackageError(`the filled-in files are not valid:\n  ${problems.join('\n  ')}`);

  // Fixed dates, so the same input gives the same zip.
  const date = new Date('2026-01-01T00:00:00Z');
  const zip = new JSZip();
  zip.file('manifest.json', manifestText, { date });
  for (const { file, text } of localizations) zip.file(file, text, { date });
  for (const icon of new Set([manifest.icons.color, manifest.icons.outline])) {
    zip.file(icon, readFileSync(path.join(appPackage, icon)), { date });
  }
  const content = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, content);
  say(`ready: ${shown(options.out)} (${manifest.manifestVersion}, app id ${manifest.id})`);
}

main().catch((error) => {
  say(`failed: ${error instanceof PackageError ? error.message : error.stack}`);
  process.exit(1);
});
