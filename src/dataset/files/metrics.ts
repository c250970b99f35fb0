import * as code from '../codes.js';
import { ALL_OR, DAY } from '../exportSql.js';
import { date, decimal } from '../fields.js';
import { defineFile } from '../spec.js';
import { table } from '../tables.js';
import { into } from '../writers.js';

const metricValues = table({
  name: 'metric_values',
  columns: { ics_code: 'text', metric_code: 'text', period_end: 'date', value: 'numeric' },
  key: ['ics_code', 'metric_code', 'period_end'],
});

/** Measured values of the metrics targets.csv defines, per ICS and period end. */
export const metricsFile = defineFile(
  'metrics.csv',
  { ics_code: code.knownIcs, metric_code: code.knownMetric, period_end: date, value: decimal(14, 4) },
  {
    keys: [['ics_code', 'metric_code', 'period_end']],
    write: into(metricValues, {
      ics_code: 'ics_code',
      metric_code: 'metric_code',
      period_end: 'period_end',
      value: 'value',
    }),
    export: {
      perIcs: true,
      sql: `select ics_code, metric_code, ${DAY('period_end')} as period_end, value::text as value
      from metric_values where ${ALL_OR('ics_code = $1')} order by ics_code, metric_code, period_end`,
    },
  },
);
