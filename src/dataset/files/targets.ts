import { TargetDirection } from '../../outcome/Metric.entity.js';
import { TargetUnit } from '../../outcome/Target.entity.js';
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
  columns: {
    metric_code: 'text',
    ics_code: 'text',
    population_group_code: 'text',
    target_value: 'numeric',
    unit: 'text',
    due: 'date',
    source: 'text',
  },
  key: ['metric_code', 'ics_code', 'population_group_code', 'due'],
});

interface TargetFields {
  metric_code: string;
  metric: string | null;
  scope: string | null;
  population_group: string;
  unit: string;
  direction: string;
}

/**
 * Target rows define their metric: all rows of one metric agree on direction and population group, and either
 * all or none are PERCENT (a headcount and a rate per million of one metric may sit side by side: a local
 * trajectory in people beside the national rate). The metric's unit and name come from a national row before a
 * local one (the name from the `metric` column, else the code).
 */
function sameMetric(row: TargetFields, known: KnownCodes, line: number): ColumnProblem[] {
  const code = row.metric_code;
  const national = row.scope === null;
  const seen = known.metricDefinitions.get(code);
  if (!seen) {
    const { unit, direction, population_group: populationGroup } = row;
    known.metricDefinitions.set(code, { name: row.metric ?? code, national, unit, direction, populationGroup, line });
    return [];
  }
  if (national && !seen.national) Object.assign(seen, { name: row.metric ?? seen.name, national, unit: row.unit });
  const percent = (unit: string) => unit === TargetUnit.PERCENT;
  return [
    ...(percent(row.unit) === percent(seen.unit) ? [] : differs('unit', row.unit, seen.unit, `metric ${code} has unit`, seen.line)),
    ...differs('direction', row.direction, seen.direction, `metric ${code} has direction`, seen.line),
    ...differs('population_group', row.population_group, seen.populationGroup, `metric ${code} has population group`, seen.line),
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
        population_group_code: 'population_group',
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
    // A population group (UNDER_18, AGE_18_PLUS, …), not a life-stage cohort.
    population_group: code.populationGroup,
    target_value: decimal(14, 4),
    unit: oneOf(Object.values(TargetUnit)),
    direction: oneOf(Object.values(TargetDirection)),
    due: date,
    source: text(10_000),
  },
  {
    optionalColumns: ['metric'],
    keys: [['metric_code', 'scope', 'population_group', 'due']],
    check: (row, known, line) => sameMetric(row, known, line),
    remember: (row, known) => known.add('metrics', row.metric_code),
    // Targets define their metrics: the definitions go first, as targets refer to them.
    write: inOrder(
      writeMetrics,
      into(targets, {
        metric_code: 'metric_code',
        ics_code: 'scope',
        population_group_code: 'population_group',
        target_value: 'target_value',
        unit: 'unit',
        due: 'due',
        source: 'source',
      }),
    ),
    // Every row carries its metric's definition (name and direction) and its own unit and population group. For one ICS:
    // its own targets and the national ones (which its metrics may be measured against).
    export: {
      perIcs: true,
      sql: `select t.metric_code, m.name as metric, coalesce(t.ics_code, 'England') as scope,
        t.population_group_code as population_group, t.target_value::text as target_value, t.unit,
        m.direction, ${DAY('t.due')} as due, t.source
      from targets t join metrics m on m.code = t.metric_code
      where ${ALL_OR('(t.ics_code is null or t.ics_code = $1)')}
      order by t.metric_code, t.ics_code nulls first, t.population_group_code, t.due`,
    },
  },
);
