import fc from 'fast-check';

// Generated dataset files for the importer's property test: mostly valid rows, with wrong types, bad
// codes, random bytes, CSV punctuation, huge fields, broken quoting, wrong field counts and header slips.

const text = (value: string) => Buffer.from(value, 'utf8');

/** Valid values per column of the files generated (codes that the small dataset stores). */
const valid: Record<string, fc.Arbitrary<string>> = {
  ons_code: fc.constantFrom('E06000010', 'E08000027', 'E09000001', 'E10000032'),
  name: fc.string({ minLength: 1, maxLength: 40 }),
  tier: fc.constantFrom('UNITARY', 'COUNTY', 'METROPOLITAN_DISTRICT', 'LONDON_BOROUGH'),
  la_code: fc.constantFrom('E08000025', 'E08000026', 'E10000031'),
  cohort: fc.constantFrom('ADULTS', 'OLDER_ADULTS', 'EARLY_YEARS'),
  need_category: fc.constantFrom('AUTISM', 'LEARNING_DISABILITY'),
  pathway_stage: fc.constantFrom('COMMUNITY_SUPPORT', 'SPECIALIST_INPATIENT'),
  year: fc.integer({ min: 2024, max: 2030 }).map(String),
  people: fc.nat(1_000_000).map(String),
  source: fc.string({ minLength: 1, maxLength: 60 }),
  annual_cost_per_person_gbp: fc.tuple(fc.nat(99_999), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
};

export const generatedFiles = {
  'local_authorities.csv': ['ons_code', 'name', 'tier'],
  'population.csv': ['la_code', 'cohort', 'year', 'people'],
  'needs.csv': ['la_code', 'cohort', 'need_category', 'pathway_stage', 'year', 'people', 'source'],
  'unit_costs.csv': ['pathway_stage', 'cohort', 'year', 'annual_cost_per_person_gbp'],
} as const;

export type GeneratedFile = keyof typeof generatedFiles;

const bad: fc.Arbitrary<Uint8Array> = fc.oneof(
  // Wrong types and bad codes.
  fc
    .constantFrom('', 'abc', '12.5', '-3', '1e9', '99999999999', '2024-13-01', 'E06000999', 'QZZ', 'TEENS', 'unitary')
    .map(text),
  // Any Unicode, then any bytes (mostly not UTF-8).
  fc.string({ unit: 'binary', maxLength: 30 }).map(text),
  fc.uint8Array({ maxLength: 20 }),
  // CSV punctuation inside a value.
  fc.constantFrom('"', '""', ',', '\n', '\r\n', '\r', 'a"b', '"a"b', ' "a" ').map(text),
  // Huge fields (kept to 50 kB: csv-parse is slow under Jest's module sandbox).
  fc.integer({ min: 1_000, max: 50_000 }).map((length) => text('x'.repeat(length))),
);

type Quoting = 'when needed' | 'always' | 'never' | 'unclosed';

const cell = (column: string) =>
  fc.record({
    value: fc.oneof({ weight: 12, arbitrary: (valid[column] ?? fc.string()).map(text) }, { weight: 1, arbitrary: bad }),
    quoting: fc.oneof(
      { weight: 30, arbitrary: fc.constant<Quoting>('when needed') },
      { weight: 2, arbitrary: fc.constant<Quoting>('always') },
      { weight: 1, arbitrary: fc.constantFrom<Quoting>('never', 'unclosed') },
    ),
  });

const QUOTE = 0x22;

function field({ value, quoting }: { value: Uint8Array; quoting: Quoting }): Buffer {
  const needed = value.some((byte) => byte === QUOTE || byte === 0x2c || byte === 0x0a || byte === 0x0d);
  if (quoting === 'never' || (quoting === 'when needed' && !needed)) return Buffer.from(value);
  return Buffer.concat([text('"'), doubleQuotes(value), quoting === 'unclosed' ? Buffer.alloc(0) : text('"')]);
}

function doubleQuotes(value: Uint8Array): Buffer {
  const bytes: number[] = [];
  for (const byte of value) bytes.push(...(byte === QUOTE ? [QUOTE, QUOTE] : [byte]));
  return Buffer.from(bytes);
}

/** A header: the file's columns in any order, sometimes with one repeated, missing or extra. */
const header = (columns: readonly string[]) =>
  fc
    .tuple(
      fc.shuffledSubarray([...columns], { minLength: columns.length, maxLength: columns.length }),
      fc.oneof(
        { weight: 12, arbitrary: fc.constant('as is') },
        { weight: 1, arbitrary: fc.constantFrom('repeat', 'drop', 'extra', 'upper case') },
      ),
    )
    .map(([names, slip]) => {
      if (slip === 'repeat') return [...names, names[0]];
      if (slip === 'drop') return names.slice(1);
      if (slip === 'extra') return [...names, 'notes'];
      if (slip === 'upper case') return names.map((name) => ` ${name.toUpperCase()} `);
      return names;
    });

/** A row of cells for the header's columns, sometimes one short or one too long. */
const row = (names: string[]) =>
  fc
    .tuple(
      fc.tuple(...names.map((name) => cell(name.trim().toLowerCase()))),
      fc.oneof({ weight: 20, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(-1, 1) }),
    )
    .map(([cells, change]) => (change < 0 ? cells.slice(0, -1) : change > 0 ? [...cells, cells[0]] : cells));

export interface GeneratedCsv {
  /** Header names as written (to tell which columns an issue may name). */
  names: string[];
  bytes: Buffer;
}

const file = (columns: readonly string[]): fc.Arbitrary<GeneratedCsv> =>
  header(columns).chain((names) =>
    fc
      .record({
        rows: fc.array(row(names), { maxLength: 6 }),
        lineEnd: fc.constantFrom('\n', '\r\n'),
        bom: fc.boolean(),
        blankLineAfter: fc.option(fc.nat(6)),
      })
      .map(({ rows, lineEnd, bom, blankLineAfter }) => {
        const lines = [text(names.join(',')), ...rows.map((cells) => Buffer.concat(join(cells.map(field))))];
        if (blankLineAfter !== null) lines.splice(Math.min(blankLineAfter, lines.length), 0, Buffer.alloc(0));
        const body = Buffer.concat(lines.flatMap((line) => [line, text(lineEnd)]));
        return { names, bytes: bom ? Buffer.concat([text('\uFEFF'), body]) : body };
      }),
  );

function join(fields: Buffer[]): Buffer[] {
  return fields.flatMap((value, index) => (index === 0 ? [value] : [text(','), value]));
}

/** One to all four files, each generated. */
export const generatedDataset: fc.Arbitrary<Partial<Record<GeneratedFile, GeneratedCsv>>> = fc
  .subarray(Object.keys(generatedFiles) as GeneratedFile[], { minLength: 1 })
  .chain((files) => fc.tuple(...files.map((name) => file(generatedFiles[name]).map((csv) => [name, csv] as const))))
  .map((entries) => Object.fromEntries(entries));
