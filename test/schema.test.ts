import { readFileSync } from 'node:fs';
import { printApiSchema } from '../src/graphql/schema.js';

test('schema/schema.graphql is the SDL the server serves (run `npm run schema` to update it)', async () => {
  expect(readFileSync('schema/schema.graphql', 'utf8')).toBe(await printApiSchema());
});
