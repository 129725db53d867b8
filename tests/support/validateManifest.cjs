// Validates a Teams manifest or localization file (JSON on stdin) against the schema its $schema
// names, with the schemas bundled in @microsoft/app-manifest (offline). Prints the errors as a JSON
// array. Runs as its own Node process: the package depends on an ES module that jest's loader cannot
// require. The validation itself is appPackage/scripts/schemas.cjs, which `npm run package` uses too.
'use strict';
const { schemaErrors } = require('../../appPackage/scripts/schemas.cjs');

let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', async () => {
  process.stdout.write(JSON.stringify(await schemaErrors(JSON.parse(input))));
});
