import { acceptsHtml } from '../../src/server/web/accepts-html.js';

test.each([
  ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', true],
  ['text/html', true],
  ['application/json;q=0.5, text/html', true],
  ['text/html, application/json', true],
  [undefined, false],
  ['', false],
  ['*/*', false],
  ['application/json', false],
  ['application/graphql-response+json, application/json;q=0.9', false],
  ['application/json, text/html', false],
  ['text/html;q=0.5, application/json', false],
  ['text/html;q=0', false],
  ['text/csv, */*', false],
])('Accept %p asks for the IDE: %p', (accept, expected) => {
  expect(acceptsHtml(accept)).toBe(expected);
});
