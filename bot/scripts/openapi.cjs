// npm run openapi: writes docs/openapi.json, the tab API's OpenAPI description, generated from the
// contract's zod schemas (bot/src/api/openApiDocument.ts). `--check` only says whether it is current.
const { readFileSync, writeFileSync, mkdirSync } = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

// Run the TypeScript sources directly (types stripped; type checking is `npm test`'s job).
require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  module._compile(outputText, filename);
};

const target = path.resolve(__dirname, '../../docs/openapi.json');
const { openApiText } = require('../src/api/openApiDocument.ts');
const text = openApiText();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== text) {
    console.error('docs/openapi.json is not current: run `npm run openapi`.');
    process.exit(1);
  }
  console.log('docs/openapi.json is current.');
} else {
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`Wrote ${path.relative(process.cwd(), target)}`);
}
