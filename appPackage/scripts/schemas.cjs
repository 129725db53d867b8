// Validates the Teams app manifest and its localization files offline, against the JSON schemas
// bundled in @microsoft/app-manifest (the schema each file's $schema names). A file whose $schema is
// not bundled is an error rather than a download: the check must not depend on the internet.
// CommonJS on purpose: @microsoft/app-manifest loads an ES module that jest's loader cannot require,
// so tests run this file in a Node process of its own (see tests/support/validateManifest.cjs).
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');
const { AppManifestUtils } = require('@microsoft/app-manifest');

const PACKAGE_ROOT = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));

/** The bundled copy of the schema `url` names (any locale segment such as /en-us/ dropped), or undefined. */
function bundledSchemaFile(url) {
  const match = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(json-schemas\/teams\/[^?#]+\.json)$/i.exec(url ?? '');
  if (!match) return undefined;
  const file = path.join(PACKAGE_ROOT, 'build', match[1]);
  return existsSync(file) ? file : undefined;
}

/**
 * Some bundled schemas hold property-name patterns that JavaScript's Unicode-mode regular
 * expressions (which the validator uses) reject: a `]` after `\b` outside a class, meant literally.
 * Escaping it keeps the meaning and lets the schema compile.
 */
function compilable(schema) {
  const fix = (pattern) => pattern.replace(/\\b\](?!\])/g, '\\b\\]');
  const walk = (node) => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => {
        if (key === 'patternProperties') return [key, Object.fromEntries(Object.entries(value).map(([p, v]) => [fix(p), walk(v)]))];
        if (key === 'pattern' && typeof value === 'string') return [key, fix(value)];
        return [key, walk(value)];
      }),
    );
  };
  return walk(schema);
}

/** The schema errors of a manifest or localization file (JSON object), as readable lines; [] when valid. */
async function schemaErrors(document) {
  const file = bundledSchemaFile(document.$schema);
  if (!file) return [`$schema ${JSON.stringify(document.$schema)} is not a Teams schema bundled with @microsoft/app-manifest`];
  const schema = compilable(JSON.parse(readFileSync(file, 'utf8')));
  return AppManifestUtils.validateAgainstSchema(document, schema);
}

module.exports = { schemaErrors, bundledSchemaFile };

if (require.main === module) {
  let input = '';
  process.stdin.on('data', (chunk) => (input += chunk));
  process.stdin.on('end', async () => process.stdout.write(JSON.stringify(await schemaErrors(JSON.parse(input)))));
}
