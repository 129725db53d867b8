// Validates a Teams manifest (JSON on stdin) against the schema its $schema names, with the schemas
// bundled in @microsoft/app-manifest (offline). Prints the errors as a JSON array.
// Runs as its own Node process: the package depends on an ES module that jest's loader cannot require.
'use strict';
const { AppManifestUtils } = require('@microsoft/app-manifest');

let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', async () => {
  const errors = await AppManifestUtils.validateAgainstSchema(JSON.parse(input));
  process.stdout.write(JSON.stringify(errors));
});
