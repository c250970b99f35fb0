import { Kind, type ValueNode } from 'graphql';
import { DecimalScalar } from '../../src/graphql/scalars/Decimal.js';
import { openTestApi, type TestApi } from '../support/api.js';
import { allNodesOfIcs } from './paging.js';

// 9007199254740993 pence is above 2^53: as a JS number it would come back a penny out.
const BEYOND_FLOAT = '90071992547409.93';

describe('Decimal scalar', () => {
  test.each([
    ['17121487.59', '17121487.59'],
    ['0.10', '0.10'],
    [BEYOND_FLOAT, BEYOND_FLOAT],
    ['-12.5', '-12.5'],
    [42, '42'],
    [42n, '42'],
  ])('serialises %p as %p', (value, expected) => {
    expect(DecimalScalar.serialize(value)).toBe(expected);
  });

  test.each([[0.1], [Number.NaN], ['1e5'], ['12.'], ['£12'], [''], [null]])('refuses to serialise %p', (value) => {
    expect(() => DecimalScalar.serialize(value)).toThrow('Decimal cannot represent');
  });

  test.each([
    [{ kind: Kind.STRING, value: BEYOND_FLOAT }, BEYOND_FLOAT],
    [{ kind: Kind.FLOAT, value: '0.10' }, '0.10'],
    [{ kind: Kind.INT, value: '250' }, '250'],
  ] as [ValueNode, string][])('reads the literal %j as written', (literal, expected) => {
    expect(DecimalScalar.parseLiteral(literal)).toBe(expected);
  });

  test('refuses a boolean literal', () => {
    expect(() => DecimalScalar.parseLiteral({ kind: Kind.BOOLEAN, value: true })).toThrow('Decimal cannot represent');
  });
});

describe('finance plan amounts', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi({ dataset: 'demo' });
  });
  afterAll(() => api.close());

  test('are the stored digits, to the penny, for every line', async () => {
    const stored = await api.app.database.sql().rows<{ key: string; amount: string }>(
      `select funding_source || '|' || pathway_stage_code || '|' || cohort_code || '|' || year as key, amount_gbp::text as amount
         from finance_plan_lines where ics_code = 'QWU'`,
    );
    const lines = await allNodesOfIcs<{
      fundingSource: string;
      pathwayStage: string;
      cohort: string;
      year: number;
      amountGbp: string;
    }>(api, 'QWU', 'financePlan', 'fundingSource pathwayStage cohort year amountGbp');
    const served = new Map(
      lines.map((l) => [`${l.fundingSource}|${l.pathwayStage}|${l.cohort}|${l.year}`, l.amountGbp]),
    );
    expect(served).toEqual(new Map(stored.map((row) => [row.key, row.amount])));
  });

  test('keep amounts a float cannot hold', async () => {
    await api.app.database.sql().rows(
      `insert into finance_plan_lines (ics_code, funding_source, pathway_stage_code, cohort_code, year, amount_gbp, pooled, expenditure_type)
       values ('QOX', 'CAPITAL', 'HOUSING_AND_ACCOMMODATION', 'ADULTS', 2027, $1, false, 'CAPITAL')`,
      [BEYOND_FLOAT],
    );
    const data = await api.query<{
      integratedCareSystem: { financePlan: { edges: { node: { amountGbp: string } }[] } };
    }>(`{ integratedCareSystem(code: "QOX") { financePlan { edges { node { amountGbp } } } } }`);
    expect(data.integratedCareSystem.financePlan.edges.map((edge) => edge.node.amountGbp)).toEqual([BEYOND_FLOAT]);
    expect(String(Number(BEYOND_FLOAT))).not.toBe(BEYOND_FLOAT);
  });
});
