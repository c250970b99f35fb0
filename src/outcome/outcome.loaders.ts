import type { SqlRunner } from '../db/sql.js';
import { rowByKeyLoader } from '../graphql/keyed-loaders.js';
import { childPageLoader } from '../graphql/paged-children.js';
import { equalityConditions } from '../graphql/filters.js';
import type { MetricType } from './Metric.type.js';
import type { MetricValueFilter, MetricValueType } from './MetricValue.type.js';
import type { TargetType } from './Target.type.js';

export const metricByCode = rowByKeyLoader<MetricType & { key: string }>(
  `select code as key, code, name, unit, direction, population_group_code as "populationGroup"
   from metrics where code = any($1)`,
);

/** The recorded metric values of each ICS, each metric as a series of periods. */
export const metricValuesOfIcs = childPageLoader<MetricValueFilter, MetricValueType>({
  // A period ending in January–March belongs to the financial year that started the April before.
  select: `select v.ics_code as parent_key, v.version, v.ics_code as "icsCode", v.metric_code as "metricCode",
             v.period_end::text as "periodEnd", v.period_end as period_end,
             extract(year from v.period_end - interval '3 months')::int as year, v.value::float8 as value
           from metric_values v where v.ics_code = any($1)`,
  order: '"metricCode", period_end',
  where: (filter, params) => {
    const conditions = equalityConditions({ ...filter }, { metricCode: '"metricCode"' }, params);
    for (const [value, operator] of [
      [filter.fromDate, '>='],
      [filter.toDate, '<='],
    ] as const) {
      if (value === undefined || value === null) continue;
      params.push(value);
      conditions.push(`period_end ${operator} $${params.length}::date`);
    }
    return conditions;
  },
});

export interface TargetQuery {
  metricCode: string | null;
  icsCode: string | null;
}

/** National targets, plus local ones; for an ICS (ODS or ONS code), national targets and its own only. */
export const listTargets = (sql: SqlRunner, { metricCode, icsCode }: TargetQuery) =>
  sql.rows<TargetType>(
    `select t.metric_code as "metricCode", coalesce(t.ics_code, 'England') as scope, t.ics_code as "icsCode",
            t.population_group_code as "populationGroup", t.target_value::float8 as "targetValue", t.unit,
            m.direction, t.due::text as due, t.source, t.version
     from targets t join metrics m on m.code = t.metric_code
     where ($1::text is null or t.metric_code = $1)
       and ($2::text is null or t.ics_code is null
            or t.ics_code in (select ods_code from integrated_care_systems where ods_code = upper($2) or ons_code = upper($2)))
     order by t.metric_code, t.ics_code nulls first, t.population_group_code, t.due`,
    [metricCode, icsCode],
  );
