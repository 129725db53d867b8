// Every card template, rendered with realistic data as each role meets it, is a card Teams can show:
// every `${…}` bound, valid against Microsoft's published Adaptive Card 1.5 schema, and under
// Teams' 28 KB message limit, also for the learning agreement with 10 goals and 25 building blocks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import { byteSize, TEAMS_MESSAGE_LIMIT_BYTES, unboundExpressions } from './cardInspection';
import { cardGallery } from './cardGallery';

/** The vendored schema is draft-06 and names itself with `id`; Ajv 8 reads that as `$id`. */
function cardSchemaValidator() {
  const { id, ...schema } = JSON.parse(readFileSync(join(__dirname, '../support/schemas/adaptive-card-1.5.json'), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addMetaSchema(draft06);
  return ajv.compile({ ...schema, $id: String(id) });
}

/** The schema's anyOf over every element type reports each alternative; the deepest errors say what is wrong. */
function deepest(errors: readonly ErrorObject[]): string[] {
  const depth = (e: ErrorObject) => e.instancePath.split('/').length;
  const max = Math.max(...errors.map(depth));
  return [...new Set(errors.filter((e) => depth(e) === max).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`))];
}

const validate = cardSchemaValidator();
const gallery = cardGallery();

it('the schema tells a valid card from an invalid one', () => {
  expect(validate({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Hej' }] })).toBe(true);
  expect(validate({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Hej', weight: 'Heavy' }] })).toBe(false);
  expect(validate({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Input.Text' }] })).toBe(false);
});

describe.each(gallery.map((c) => [c.name, c] as const))('%s', (_name, entry) => {
  const card = entry.render();

  it('has every expression bound', () => {
    expect(unboundExpressions(card)).toEqual([]);
  });

  it('is a valid Adaptive Card 1.5', () => {
    expect(card.version).toBe('1.5');
    const valid = validate(card);
    expect(valid ? [] : deepest(validate.errors ?? [])).toEqual([]);
  });

  it('stays under Teams\' 28 KB message limit', () => {
    expect(byteSize(card)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
  });
});
