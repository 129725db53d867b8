// docs/openapi.json is generated from the API contract (npm run openapi) and must be current.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openApiDocument, openApiText } from '../../bot/src/api/openApiDocument';

const file = path.resolve(__dirname, '../../docs/openapi.json');

test('docs/openapi.json is what the contract generates (run `npm run openapi` after changing the contract)', () => {
  expect(readFileSync(file, 'utf8')).toBe(openApiText());
});

test('it describes every route of the tab API, and every reference points at a described shape', () => {
  const document = openApiDocument() as { paths: Record<string, object>; components: { schemas: Record<string, unknown> } };
  expect(Object.keys(document.paths)).toEqual(
    expect.arrayContaining([
      '/api/v1/me',
      '/api/v1/programmes/{programmeId}',
      '/api/v1/programmes/{programmeId}/conversations/{conversationId}/template',
      '/api/v1/my-trainees',
      '/api/v1/overview',
      '/api/v1/overview.csv',
      '/api/v1/feedback',
      '/api/v1/programmes/{programmeId}/agreement/goals/{goalId}',
      '/api/v1/programmes/{programmeId}/agreement/approve',
    ]),
  );
  const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([A-Za-z]+)"/g)].map((m) => m[1]);
  expect(refs.length).toBeGreaterThan(20);
  for (const ref of refs) expect(document.components.schemas).toHaveProperty(ref);
});
