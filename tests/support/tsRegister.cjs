// Lets a child `node` process run the server's TypeScript sources directly (node -r this file
// bot/src/index.ts), so a test can send real signals to a real server process without building.
// Type checking is `npm test`'s job; this only strips the types.
const { readFileSync } = require('node:fs');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, sourceMap: false },
  });
  module._compile(outputText, filename);
};
