import fc from 'fast-check';
import { Agent, get } from 'node:http';
import { fileURLToPath } from 'node:url';
import { importDataset } from '../../src/dataset/index.js';
import { EXPORT_PATHS } from '../../src/export/export-route.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { listen } from './support.js';

// Whatever a client puts in an export's URL (names, values, encodings, huge or repeated parameters,
// extra path segments), the answer is a file or a 400/404 naming what was wrong: never a 500, never a
// crash. A small fixture keeps every export that does run fast; the run counts are fixed so the test is
// bounded (RUNS below, 800 cases in all).
let api: TestApi;
let base: string;
const agent = new Agent({ keepAlive: true });

beforeAll(async () => {
  api = await openTestApi();
  await importDataset(api.app.database, fileURLToPath(new URL('../fixtures/gap/split-local-authority/', import.meta.url)));
  base = await listen(api);
});
afterAll(async () => {
  agent.destroy();
  await api.close();
});

const RUNS = { parameters: 500, paths: 200, huge: 100 };

const GAP_PARAMS = [
  'icsCode', 'laCode', 'level', 'domain', 'year', 'fromYear', 'toYear', 'cohort', 'needCategory', 'pathwayStage',
  'minSeverity', 'orderBy',
];
const paramsOf = (path: string) => (path.startsWith('/export/gap-findings.') ? GAP_PARAMS : ['icsCode']);

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

/** GET with the request target exactly as given (already percent-encoded by the caller). */
function request(target: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    get(`${base}${target}`, { agent }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, contentType: response.headers['content-type'] ?? '', body }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

// ---- how a name or value is written into the URL

const percent = (text: string) =>
  [...new TextEncoder().encode(text)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/** Every byte percent-encoded except unreserved ASCII; spaces as '+' in form style. */
const encoders: Record<string, (text: string) => string> = {
  component: (text) => encodeURIComponent(text),
  form: (text) => encodeURIComponent(text).replaceAll('%20', '+'),
  everyByte: (text) => percent(text),
  lowerHex: (text) => encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
};

// Escapes that do not decode to valid UTF-8 or are not escapes at all, spliced into an encoded text.
const junk = fc.constantFrom('%', '%2', '%ZZ', '%C3', '%E2%82', '%FF', '%00', '%ED%A0%80', '+', '%2B', '%26', '%3D', ';', '%0A');

const encoded = (text: fc.Arbitrary<string>) =>
  fc
    .tuple(text, fc.constantFrom(...Object.keys(encoders)), fc.option(fc.tuple(junk, fc.nat()), { freq: 4 }))
    .map(([raw, how, splice]) => {
      const written = encoders[how](raw);
      if (!splice) return written;
      const [piece, at] = splice;
      // Never inside an existing escape.
      const cuts = [...Array(written.length + 1).keys()].filter((index) => written[index - 1] !== '%' && written[index - 2] !== '%');
      const safe = cuts[at % cuts.length];
      return written.slice(0, safe) + piece + written.slice(safe);
    });

// ---- names and values

const anyText = (maxLength: number) => fc.string({ unit: 'binary', maxLength });

const knownName = fc.constantFrom(...GAP_PARAMS);
const name = fc.oneof(
  { weight: 6, arbitrary: knownName },
  { weight: 1, arbitrary: knownName.map((known) => known.toUpperCase()) },
  { weight: 1, arbitrary: fc.constantFrom('', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'icsCode[]', 'year ') },
  { weight: 2, arbitrary: anyText(20) },
);

const value = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('QNQ', 'qrl', 'E54000034', 'E10000014', 'E06000045', 'XXX', 'place', 'ICS', 'SERVICES', 'housing', 'critical', 'ADULTS', 'AUTISM', 'CRISIS_AND_INTENSIVE_SUPPORT', 'SEVERITY', 'gap', 'pathway') },
  { weight: 3, arbitrary: fc.integer({ min: 1990, max: 2110 }).map(String) },
  { weight: 2, arbitrary: fc.oneof(fc.integer().map(String), fc.bigInt().map(String), fc.double().map(String)) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', ' 2025 ', '+2025', '-0', '2025.0', '1e3', '0x7E9', '２０２５', '٢٠٢٥', 'NaN', 'Infinity', 'null', 'undefined', '[]', '{}', "'; drop table places; --", '\u0000', 'QNQ\u0000', '\uFEFFQNQ', '\u00A0QNQ\u00A0') },
  { weight: 3, arbitrary: anyText(40) },
);

/** A query string: encoded pairs, some written without `=`, some given twice, with stray separators. */
const query = fc
  .tuple(
    fc.array(fc.tuple(encoded(name), encoded(value), fc.boolean()), { maxLength: 6 }),
    fc.option(fc.nat(), { freq: 3 }),
    fc.constantFrom('', '&', '&&'),
  )
  .map(([pairs, repeat, trailing]) => {
    const written = pairs.map(([key, val, bare]) => (bare && val === '' ? key : `${key}=${val}`));
    if (repeat !== null && written.length) written.push(written[repeat % written.length]);
    return written.join('&') + trailing;
  });

/** What the server reads from a request target: its path and its parameters. */
const readTarget = (target: string) => new URL(target, 'http://localhost');

function expectNamedError(answer: Answer, target: string): void {
  expect(answer.contentType).toBe('application/json; charset=utf-8');
  const { error } = JSON.parse(answer.body) as { error: string };
  const url = readTarget(target);
  if (answer.status === 404) {
    expect(error).toBe(`no export at ${url.pathname}`);
    return;
  }
  const named = /^query parameter "([^]*?)": /.exec(error);
  expect(named).not.toBeNull();
  expect([...url.searchParams.keys()]).toContain(named![1]);
}

/** Answers by status, so a test can show its cases reached files as well as refusals. */
const tally = new Map<number, number>();

async function check(target: string): Promise<void> {
  const answer = await request(target);
  tally.set(answer.status, (tally.get(answer.status) ?? 0) + 1);
  const url = readTarget(target);
  const known = EXPORT_PATHS.includes(url.pathname);
  const names = [...url.searchParams.keys()];
  const unknownOrRepeated =
    names.some((given) => !paramsOf(url.pathname).includes(given)) || new Set(names).size < names.length;
  const context = { target, status: answer.status, body: answer.body.slice(0, 300) };
  expect({ ...context, acceptable: [200, 400, 404].includes(answer.status) }).toEqual({ ...context, acceptable: true });
  if (url.pathname === '/export/') {
    // The list of exports, whatever the query.
    expect([answer.status, JSON.parse(answer.body)]).toEqual([200, { exports: EXPORT_PATHS }]);
    return;
  }
  if (!known) expect(answer.status).toBe(404);
  else expect(answer.status).not.toBe(404);
  if (unknownOrRepeated) expect(answer.status).not.toBe(200);
  if (answer.status === 200) {
    expect(answer.contentType).toMatch(/^(text\/csv|application\/json); charset=utf-8$/);
    if (url.pathname.endsWith('.json')) expect(Array.isArray(JSON.parse(answer.body))).toBe(true);
    else expect(answer.body.endsWith('\r\n')).toBe(true);
  } else {
    expectNamedError(answer, target);
  }
}

// Cases worth trying every run, whatever the seed: NUL bytes (which PostgreSQL text cannot hold), a year
// beyond any date, codes that are almost right.
const EXAMPLES: [string, string][] = [
  ['/export/places.csv', 'icsCode=%00'],
  ['/export/gap-findings.csv', 'icsCode=QNQ%00'],
  ['/export/gap-findings.json', 'cohort=%00&needCategory=%00'],
  ['/export/gap-findings.csv', 'laCode=E10000014%00'],
  ['/export/gap-findings.csv', 'year=2147483647'],
  ['/export/gap-findings.csv', 'year=-2147483647'],
  ['/export/gap-findings.csv', 'fromYear=-2147483647&toYear=2147483647'],
  ['/export/gap-findings.csv', 'icsCode=%ED%A0%80'],
  ['/export/needs.csv', 'icsCode=%C3'],
  ['/export/gap-findings.csv', 'level=place&domain=finance'],
  ['/export/gap-findings.csv', 'fromYear=2030&toYear=2020'],
];

test('any query parameters on any export: a file, or a 400 naming a parameter that was given', async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...EXPORT_PATHS), query, async (path, search) => check(`${path}?${search}`)),
    { numRuns: RUNS.parameters, examples: EXAMPLES },
  );
  console.log(`export parameters: ${JSON.stringify(Object.fromEntries(tally))} answers by status`);
  expect(tally.get(200)).toBeGreaterThan(RUNS.parameters / 20);
  expect(tally.get(400)).toBeGreaterThan(RUNS.parameters / 20);
}, 300_000);

const segment = encoded(anyText(12)).filter((text) => !/^(\.|%2e){1,2}$/i.test(text));

test('any path under /export/: a known file, or a 404 naming the path', async () => {
  const path = fc.oneof(
    fc.array(segment, { minLength: 1, maxLength: 4 }).map((segments) => `/export/${segments.join('/')}`),
    fc.tuple(fc.constantFrom(...EXPORT_PATHS), segment).map(([known, extra]) => `${known}/${extra}`),
    fc.tuple(fc.constantFrom(...EXPORT_PATHS), fc.constantFrom('.bak', '%00', '%20', '/', '//', ';x', '.csv', 'x')).map(([known, extra]) => `${known}${extra}`),
    fc.constantFrom(...EXPORT_PATHS).map((known) => known.replace(/[^/]+$/, (file) => file.toUpperCase())),
  );
  await fc.assert(fc.asyncProperty(path, fc.option(query), async (target, search) => check(search === null ? target : `${target}?${search}`)), {
    numRuns: RUNS.paths,
  });
}, 300_000);

test('huge values and many parameters are refused by name or ignored, never a failure', async () => {
  const huge = fc.oneof(
    fc.tuple(fc.constantFrom('x', '9', 'é', '%', ' '), fc.integer({ min: 1_000, max: 2_000 })).map(([unit, times]) => unit.repeat(times)),
    fc.integer({ min: 300, max: 1_500 }).map((digits) => `2${'0'.repeat(digits)}`),
  );
  const target = fc.tuple(fc.constantFrom(...EXPORT_PATHS), knownName, huge, fc.integer({ min: 0, max: 200 })).map(
    ([path, key, big, padding]) => `${path}?${key}=${encodeURIComponent(big)}${'&year='.repeat(padding)}`,
  );
  await fc.assert(fc.asyncProperty(target, check), { numRuns: RUNS.huge });
}, 300_000);

test('after all of that, the server still answers and an export still streams', async () => {
  expect((await request('/healthz')).status).toBe(200);
  const answer = await request('/export/places.csv?icsCode=qnq');
  expect(answer.status).toBe(200);
  expect(answer.body).toBe('ics_code,la_code,population_share,valid_from,valid_to\r\nQNQ,E06000039,1.000000,,\r\nQNQ,E10000014,0.140000,,\r\n');
});
