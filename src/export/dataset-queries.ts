/**
 * How each dataset file is read back out of the database: one SELECT whose columns are named exactly
 * as the file's CSV columns (src/dataset/files.ts), ordered by the natural key. Values come out as the
 * importer reads them: dates YYYY-MM-DD, decimals as exact text, booleans true/false, lists `;`-separated,
 * no catchment (null la_code) as an empty cell, a national target's scope as `England`.
 *
 * `$1` is an ICS's ODS code or null (all of England). `perIcs` false: the file is national, and `$1` is not used.
 */
export interface DatasetQuery {
  perIcs: boolean;
  sql: string;
}

const ALL_OR = (condition: string) => `($1::text is null or ${condition})`;
// Local-authority files follow the ICS's places (a split authority appears under each of its ICSs).
// `column` is qualified by its table's alias: unqualified, it would mean the subquery's own p.la_code.
const LA_OF_ICS = (column: string) => ALL_OR(`exists (select 1 from places p where p.la_code = ${column} and p.ics_code = $1)`);
const DAY = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

export const DATASET_QUERIES: Record<string, DatasetQuery> = {
  'integrated_care_systems.csv': {
    perIcs: true,
    sql: `select i.ods_code, i.ons_code, i.name, i.region_ods_code, r.name as region_name, r.ons_code as region_ons_code
      from integrated_care_systems i join regions r on r.ods_code = i.region_ods_code
      where ${ALL_OR('i.ods_code = $1')} order by i.ods_code`,
  },
  'local_authorities.csv': {
    perIcs: true,
    sql: `select la.ons_code, la.name, la.tier from local_authorities la where ${LA_OF_ICS('la.ons_code')} order by la.ons_code`,
  },
  'places.csv': {
    perIcs: true,
    sql: `select ics_code, la_code, population_share::text as population_share
      from places where ${ALL_OR('ics_code = $1')} order by ics_code, la_code`,
  },
  'population.csv': {
    perIcs: true,
    sql: `select e.la_code, e.cohort_code as cohort, e.year, e.people
      from population_estimates e where ${LA_OF_ICS('e.la_code')} order by e.la_code, e.cohort_code, e.year`,
  },
  'needs.csv': {
    perIcs: true,
    sql: `select n.la_code, n.cohort_code as cohort, n.need_category_code as need_category,
        n.pathway_stage_code as pathway_stage, n.year, n.people, n.source
      from assessed_needs n where ${LA_OF_ICS('n.la_code')}
      order by n.la_code, n.cohort_code, n.need_category_code, n.pathway_stage_code, n.year`,
  },
  'services.csv': {
    perIcs: true,
    sql: `select s.service_code, s.name, s.ics_code, s.la_code, s.commissioner, s.provider,
        s.pathway_stage_code as pathway_stage,
        (select string_agg(m.cohort_code, ';' order by v.sort_order) from commissioned_service_cohorts m
           join cohorts v on v.code = m.cohort_code where m.service_id = s.id) as cohorts,
        (select string_agg(m.need_category_code, ';' order by v.sort_order) from commissioned_service_need_categories m
           join need_categories v on v.code = m.need_category_code where m.service_id = s.id) as need_categories,
        s.capacity_people, ${DAY('s.start_date')} as start_date, ${DAY('s.end_date')} as end_date
      from commissioned_services s where ${ALL_OR('s.ics_code = $1')} order by s.service_code`,
  },
  'housing_plan.csv': {
    perIcs: true,
    sql: `select ics_code, la_code, accommodation_type, cohort_code as cohort, year, bed_spaces
      from housing_plan_lines where ${ALL_OR('ics_code = $1')}
      order by ics_code, la_code nulls first, accommodation_type, cohort_code, year`,
  },
  'workforce_plan.csv': {
    perIcs: true,
    sql: `select ics_code, role, pathway_stage_code as pathway_stage, year, wte_in_post::text as wte_in_post,
        wte_planned::text as wte_planned, wte_required::text as wte_required
      from workforce_plan_lines where ${ALL_OR('ics_code = $1')} order by ics_code, role, pathway_stage_code, year`,
  },
  'finance_plan.csv': {
    perIcs: true,
    sql: `select ics_code, funding_source, pathway_stage_code as pathway_stage, cohort_code as cohort, year,
        amount_gbp::text as amount_gbp, case when pooled then 'true' else 'false' end as pooled
      from finance_plan_lines where ${ALL_OR('ics_code = $1')}
      order by ics_code, funding_source, pathway_stage_code, cohort_code, year`,
  },
  'unit_costs.csv': {
    perIcs: false,
    sql: `select pathway_stage_code as pathway_stage, cohort_code as cohort, year,
        annual_cost_per_person_gbp::text as annual_cost_per_person_gbp
      from unit_costs order by pathway_stage_code, cohort_code, year`,
  },
  // Targets also define their metrics (name, unit, direction, population group), so every row carries them.
  // For one ICS: its own targets and the national ones (which its metrics may be measured against).
  'targets.csv': {
    perIcs: true,
    sql: `select t.metric_code, m.name as metric, coalesce(t.ics_code, 'England') as scope,
        m.population_group_code as cohort, t.target_value::text as target_value, m.unit, m.direction,
        ${DAY('t.due')} as due, t.source
      from targets t join metrics m on m.code = t.metric_code
      where ${ALL_OR('(t.ics_code is null or t.ics_code = $1)')}
      order by t.metric_code, t.ics_code nulls first, t.due`,
  },
  'metrics.csv': {
    perIcs: true,
    sql: `select ics_code, metric_code, ${DAY('period_end')} as period_end, value::text as value
      from metric_values where ${ALL_OR('ics_code = $1')} order by ics_code, metric_code, period_end`,
  },
};
