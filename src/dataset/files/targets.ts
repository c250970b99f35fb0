import { TargetDirection } from '../../outcome/Metric.entity.js';
import { differs } from '../checks.js';
import * as code from '../codes.js';
import { ALL_OR, DAY } from '../exportSql.js';
import { date, decimal, oneOf, optional, text } from '../fields.js';
import type { KnownCodes } from '../known.js';
import { defineFile, type ColumnProblem } from '../spec.js';
import { table } from '../tables.js';
import { upsert } from '../upsert.js';
import { inOrder, into, withSources, type Writer } from '../writers.js';

const metrics = table({
  name: 'metrics',
  columns: { code: 'text', name: 'text', unit: 'text', direction: 'text', population_group_code: 'text' },
  key: ['code'],
});

const targets = table({
  name: 'targets',
  columns: { metric_code: 'text', ics_code: 'text', target_value: 'numeric', due: 'date', source: 'text' },
  key: ['metric_code', 'ics_code', 'due'],
});

interface TargetFields {
  metric_code: string;
  metric: string | null;
  scope: string | null;
  cohort: string;
  unit: string;
  direction: string;
}

/**
 * Target rows define their metric: all rows of one metric agree on unit, direction and population group.
 * The name comes from the `metric` column (else the code), a national row's name before a local one's.
 */
function sameMetric(row: TargetFields, known: KnownCodes, line: number): ColumnProblem[] {
  const code = row.metric_code;
  const national = row.scope === null;
  const seen = known.metricDefinitions.get(code);
  if (!seen) {
    const { unit, direction, cohort: populationGroup } = row;
    known.metricDefinitions.set(code, { name: row.metric ?? code, national, unit, direction, populationGroup, line });
    return [];
  }
  if (national && !seen.national && row.metric !== null) Object.assign(seen, { name: row.metric, national });
  return [
    ...differs('unit', row.unit, seen.unit, `metric ${code} has unit`, seen.line),
    ...differs('direction', row.direction, seen.direction, `metric ${code} has direction`, seen.line),
    ...differs('cohort', row.cohort, seen.populationGroup, `metric ${code} has population group`, seen.line),
  ];
}

/** The definitions of the metrics a batch of target rows names, as targets.csv defines them. */
const writeMetrics: Writer<{ metric_code: string }> = withSources(
  async (rows, sql, known) => {
    const records = [...new Set(rows.map((row) => row.metric_code))].map((code) => {
      const definition = known.metricDefinitions.get(code)!;
      const { name, unit, direction, populationGroup } = definition;
      return { code, name, unit, direction, population_group_code: populationGroup };
    });
    return [await upsert(sql, metrics, records)];
  },
  [
    {
      table: metrics.name,
      columns: {
        code: 'metric_code',
        name: 'metric',
        unit: 'unit',
        direction: 'direction',
        population_group_code: 'cohort',
      },
    },
  ],
);

/** Outcome targets, national (scope England) or local (an ICS); they define their metrics too. */
export const targetsFile = defineFile(
  'targets.csv',
  {
    metric_code: code.metricCode,
    metric: optional(text()),
    scope: code.targetScope,
    // A population group (ADULTS 18+, UNDER_18, …), not a life-stage cohort.
    cohort: code.populationGroup,
    target_value: decimal(14, 4),
    unit: text(),
    direction: oneOf(Object.values(TargetDirection)),
    due: date,
    source: text(10_000),
  },
  {
    optionalColumns: ['metric'],
    keys: [['metric_code', 'scope', 'due']],
    check: (row, known, line) => sameMetric(row, known, line),
    remember: (row, known) => known.add('metrics', row.metric_code),
    // Targets define their metrics: the definitions go first, as targets refer to them.
    write: inOrder(
      writeMetrics,
      into(targets, {
        metric_code: 'metric_code',
        ics_code: 'scope',
        target_value: 'target_value',
        due: 'due',
        source: 'source',
      }),
    ),
    // Every row carries its metric's definition (name, unit, direction, population group). For one ICS:
    // its own targets and the national ones (which its metrics may be measured against).
    export: {
      perIcs: true,
      sql: `select t.metric_code, m.name as metric, coalesce(t.ics_code, 'England') as scope,
        m.population_group_code as cohort, t.target_value::text as target_value, m.unit, m.direction,
        ${DAY('t.due')} as due, t.source
      from targets t join metrics m on m.code = t.metric_code
      where ${ALL_OR('(t.ics_code is null or t.ics_code = $1)')}
      order by t.metric_code, t.ics_code nulls first, t.due`,
    },
  },
);
