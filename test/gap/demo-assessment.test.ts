import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { openTestApi, type TestApi } from '../support/api.js';

// The README's answer on the demo ("Diagnostic assessment"): Coventry and Warwickshire's autism lists in 2025/26,
// recomputed here from the demo's own returns and places.
const demo = (file: string): Record<string, string>[] =>
  parse(readFileSync(new URL(`../../seeds/demo/${file}`, import.meta.url)), { columns: true, skip_empty_lines: true });
const places = demo('places.csv').filter((place) => place.ics_code === 'QWU');
const returns = demo('assessment_demand.csv');
const attributed = (cohort: string, rows: (periodEnd: string) => boolean, value: (row: Record<string, string>) => number) =>
  places.reduce((total, place) => {
    const own = returns.filter((row) => row.la_code === place.la_code && row.cohort === cohort && rows(row.period_end));
    return total + own.reduce((sum, row) => sum + value(row), 0) * Number(place.population_share);
  }, 0);

interface Node {
  cohort: string;
  provision: number;
  projectedWaitingList: number;
  monthsToStandard: number | null;
  impliedWaitWeeks: number | null;
}

let api: TestApi;
beforeAll(async () => {
  api = await openTestApi({ dataset: 'demo' });
});
afterAll(() => api.close());

test("QWU 2025/26: the lists, months to the standard and waits follow from the returns and the capacity bought", async () => {
  const { gapFindings } = await api.query<{ gapFindings: { edges: { node: Node }[] } }>(`{
    gapFindings(filter: { icsCode: "QWU", domain: DIAGNOSTIC_ASSESSMENT, year: 2025 }) {
      edges { node { cohort provision projectedWaitingList monthsToStandard impliedWaitWeeks } } } }`);
  const found = Object.fromEntries(gapFindings.edges.map(({ node }) => [node.cohort, node]));
  expect(Object.keys(found).sort()).toEqual(['ADULTS', 'YOUNG_ADULTS_18_25']);
  const readme: Record<string, unknown[]> = {};
  for (const [cohort, node] of Object.entries(found)) {
    const start = attributed(cohort, (periodEnd) => periodEnd === '2025-03-31', (row) => Number(row.waiting));
    const end = attributed(cohort, (periodEnd) => periodEnd === '2026-03-31', (row) => Number(row.waiting));
    const net = attributed(cohort, (periodEnd) => periodEnd >= '2025-04-01' && periodEnd <= '2026-03-31',
      (row) => Number(row.referrals) - Number(row.closed_without_assessment));
    const capacity = node.provision;
    expect(node.projectedWaitingList).toBeCloseTo(Math.max(0, start + net - capacity), 6);
    expect(node.impliedWaitWeeks).toBeCloseTo((end * 52) / capacity, 6);
    if (capacity <= net) expect(node.monthsToStandard).toBeNull();
    else expect(node.monthsToStandard).toBeCloseTo((12 * (start - net / 4)) / (capacity - net), 6);
    readme[cohort] = [Math.round(start), Math.round(net), Math.round(capacity), Math.round(node.projectedWaitingList),
      node.monthsToStandard === null ? null : Math.round(node.monthsToStandard), Math.round(node.impliedWaitWeeks!)];
  }
  // As the README states them (rounded): start, net referrals, capacity, projected, months, implied weeks.
  expect(readme).toEqual({ YOUNG_ADULTS_18_25: [300, 106, 130, 276, 138, 131], ADULTS: [253, 136, 131, 258, null, 108] });
});
