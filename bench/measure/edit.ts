import { SignJWT } from 'jose';
import type { RunBudget } from '../lib/budget.js';
import { BENCH_JWT_SECRET } from '../lib/child-server.js';
import { firstLine } from '../lib/features.js';
import { graphql } from '../lib/http.js';
import { percentile, round } from '../lib/stats.js';
import { ONE_ICS, YEAR } from '../queries.js';

export interface EditFigure {
  label: string;
  runs?: number;
  p50?: number;
  p95?: number;
  error?: string;
}

const ONE_NEED = `query OneNeed($code: String!, $year: Int!) { integratedCareSystem(code: $code) {
  needs(first: 1, filter: { year: $year }) { edges { node { laCode cohort needCategory pathwayStage year people source basis version } } } } }`;

const SAVE_NEED = `mutation SaveNeed($input: NeedInput!, $expectedVersion: Int, $reason: String!) {
  saveNeed(input: $input, expectedVersion: $expectedVersion, reason: $reason) { version } }`;

interface Need {
  laCode: string;
  cohort: string;
  needCategory: string;
  pathwayStage: string;
  year: number;
  people: number;
  source: string;
  basis: string;
  version: number;
}

/**
 * A one-row change, end to end: `saveNeed` on one JSNA row of the single-ICS figures' ICS, its people
 * alternately +1 and back (the data ends as it began), timed from the request to the answer. Whatever the
 * server re-derives for the change (the findings of that ICS, once maintained) happens inside this request.
 */
export async function measureEdit(endpoint: string, budget: RunBudget): Promise<EditFigure> {
  const figure: EditFigure = { label: `saveNeed: one ${ONE_ICS} need row of ${YEAR}, people ±1` };
  try {
    const token = await new SignJWT({ roles: ['ADMIN'], ics: [] })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject('bench')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(BENCH_JWT_SECRET));
    const headers = { authorization: `Bearer ${token}` };
    const read = await graphql(endpoint, ONE_NEED, { code: ONE_ICS, year: YEAR });
    const data = read.json.data as { integratedCareSystem: { needs: { edges: { node: Need }[] } } };
    const { version, people, ...input } = data.integratedCareSystem.needs.edges[0].node;
    let expectedVersion = version;
    const save = async (n: number) => {
      const result = await graphql(endpoint, SAVE_NEED, {
        input: { ...input, people: people + (n % 2 === 0 ? 1 : 0) },
        expectedVersion,
        reason: 'bench: one-row change',
      }, headers);
      expectedVersion = (result.json.data as { saveNeed: { version: number } }).saveNeed.version;
      return result.ms;
    };
    const times: number[] = [];
    const deadline = performance.now() + budget.seconds * 1000;
    let n = 0;
    for (; n < budget.warmup; n += 1) await save(n);
    while (times.length < budget.maxRuns && (times.length < budget.minRuns || performance.now() < deadline)) {
      times.push(await save(n));
      n += 1;
    }
    // An odd number of saves leaves people one higher: put it back.
    if (n % 2 === 1) await save(n);
    Object.assign(figure, { runs: times.length, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) });
  } catch (error) {
    figure.error = firstLine(error);
  }
  return figure;
}
