// config.ts is the only reader of the environment: everything else receives typed settings, so the
// configuration table in the README is complete and every setting is validated at start.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '../../bot/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

test('no server code but config.ts reads process.env', () => {
  const readers = sourceFiles(SRC)
    .filter((file) => /process\.env/.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(SRC, file));
  expect(readers).toEqual(['config.ts']);
});

test('every setting config.ts reads is documented in the README configuration table', () => {
  const config = readFileSync(path.join(SRC, 'config.ts'), 'utf8');
  const readme = readFileSync(path.resolve(SRC, '../../README.md'), 'utf8');
  const settings = [...config.matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]);
  expect(settings.length).toBeGreaterThan(10);
  for (const name of settings) expect(readme).toContain(`\`${name}\``);
});
