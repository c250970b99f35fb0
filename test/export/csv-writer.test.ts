import { csvChunks } from '../../src/export/csv-writer.js';
import { guardCell } from '../../src/export/formula-guard.js';
import { jsonArrayChunks } from '../../src/export/json-writer.js';
import { parseCsv } from './support.js';

async function* from<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

const collect = async (chunks: AsyncIterable<string>) => {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
};

test.each([
  ['=HYPERLINK("http://example.org","x")', `'=HYPERLINK("http://example.org","x")`],
  ['+44 20 7946 0000', `'+44 20 7946 0000`],
  ['-2+3', `'-2+3`],
  ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
  ['\tcmd', `'\tcmd`],
  ['\rcmd', `'\rcmd`],
  ['＝1+1', `'＝1+1`],
  ['-3.5', '-3.5'],
  ['+7', '+7'],
  ['1e-7', '1e-7'],
  ['NHS Trust = provider', 'NHS Trust = provider'],
  ['', ''],
])('guardCell(%j) is %j', (text, guarded) => {
  expect(guardCell(text)).toBe(guarded);
});

test('CSV: header, CRLF records, RFC 4180 quoting (also of a bare line feed), numbers and nulls as is', async () => {
  const text = await collect(
    csvChunks(['name', 'gap', 'note', 'flag', 'detail'], from([
      ['=cmd()', -3.5, 'a "quoted", text', true, { rule: 'x' }],
      ['line\nbreak', 0, null, false, null],
    ]), 1),
  );
  expect(text).toBe(
    'name,gap,note,flag,detail\r\n' +
      `'=cmd(),-3.5,"a ""quoted"", text",true,"{""rule"":""x""}"\r\n` +
      '"line\nbreak",0,,false,\r\n',
  );
  expect(parseCsv(text)).toEqual([
    ['name', 'gap', 'note', 'flag', 'detail'],
    [`'=cmd()`, '-3.5', 'a "quoted", text', 'true', '{"rule":"x"}'],
    ['line\nbreak', '0', '', 'false', ''],
  ]);
});

test('JSON: one array, whatever the number of rows and chunks', async () => {
  for (const count of [0, 1, 2, 5]) {
    const rows = Array.from({ length: count }, (_, index) => ({ index, text: '=x' }));
    expect(JSON.parse(await collect(jsonArrayChunks(from(rows), 2)))).toEqual(rows);
  }
});
