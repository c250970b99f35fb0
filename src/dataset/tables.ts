/** PostgreSQL array element types the importer binds (`unnest($1::text[], …)`). */
export type ColumnType = 'text' | 'int' | 'numeric' | 'date' | 'bool';

export interface ValueOf {
  text: string;
  int: number;
  numeric: string;
  date: string;
  bool: boolean;
}

/** A target table as the importer writes it: columns (in bind order) and the natural key. */
export interface TableShape<C extends Record<string, ColumnType> = Record<string, ColumnType>> {
  name: string;
  columns: C;
  /** The conflict target: the columns of the unique constraint or unique index of the natural key. */
  key: readonly (keyof C & string)[];
  /** Columns an update leaves as stored when the dataset gives none (e.g. a region's optional ONS code). */
  keepWhenNull?: readonly (keyof C & string)[];
}

/** One row to write: a value (or null) per column. */
export type TableRecord<C extends Record<string, ColumnType>> = { [K in keyof C]: ValueOf[C[K]] | null };

function table<const C extends Record<string, ColumnType>>(shape: TableShape<C>): TableShape<C> {
  return shape;
}

// Natural keys are those of the migration's unique constraints; housing_plan_lines and targets use
// `nulls not distinct` unique indexes, so an ICS-wide or national row (null code) is one row too.
export const tables = {
  regions: table({
    name: 'regions',
    columns: { ods_code: 'text', ons_code: 'text', name: 'text' },
    key: ['ods_code'],
    keepWhenNull: ['ons_code'],
  }),
  integratedCareSystems: table({
    name: 'integrated_care_systems',
    columns: { ods_code: 'text', ons_code: 'text', name: 'text', region_ods_code: 'text' },
    key: ['ods_code'],
  }),
  localAuthorities: table({
    name: 'local_authorities',
    columns: { ons_code: 'text', name: 'text', tier: 'text' },
    key: ['ons_code'],
  }),
  places: table({
    name: 'places',
    columns: { ics_code: 'text', la_code: 'text', population_share: 'numeric' },
    key: ['ics_code', 'la_code'],
  }),
  populationEstimates: table({
    name: 'population_estimates',
    columns: { la_code: 'text', cohort_code: 'text', year: 'int', people: 'int' },
    key: ['la_code', 'cohort_code', 'year'],
  }),
  assessedNeeds: table({
    name: 'assessed_needs',
    columns: {
      la_code: 'text',
      cohort_code: 'text',
      need_category_code: 'text',
      pathway_stage_code: 'text',
      year: 'int',
      people: 'int',
      source: 'text',
    },
    key: ['la_code', 'cohort_code', 'need_category_code', 'pathway_stage_code', 'year'],
  }),
  commissionedServices: table({
    name: 'commissioned_services',
    columns: {
      service_code: 'text',
      name: 'text',
      ics_code: 'text',
      la_code: 'text',
      commissioner: 'text',
      provider: 'text',
      pathway_stage_code: 'text',
      capacity_people: 'int',
      start_date: 'date',
      end_date: 'date',
    },
    key: ['service_code'],
  }),
  housingPlanLines: table({
    name: 'housing_plan_lines',
    columns: {
      ics_code: 'text',
      la_code: 'text',
      accommodation_type: 'text',
      cohort_code: 'text',
      year: 'int',
      bed_spaces: 'int',
    },
    key: ['ics_code', 'la_code', 'accommodation_type', 'cohort_code', 'year'],
  }),
  workforcePlanLines: table({
    name: 'workforce_plan_lines',
    columns: {
      ics_code: 'text',
      role: 'text',
      pathway_stage_code: 'text',
      year: 'int',
      wte_in_post: 'numeric',
      wte_planned: 'numeric',
      wte_required: 'numeric',
    },
    key: ['ics_code', 'role', 'pathway_stage_code', 'year'],
  }),
  financePlanLines: table({
    name: 'finance_plan_lines',
    columns: {
      ics_code: 'text',
      funding_source: 'text',
      pathway_stage_code: 'text',
      cohort_code: 'text',
      year: 'int',
      amount_gbp: 'numeric',
      pooled: 'bool',
    },
    key: ['ics_code', 'funding_source', 'pathway_stage_code', 'cohort_code', 'year'],
  }),
  unitCosts: table({
    name: 'unit_costs',
    columns: { pathway_stage_code: 'text', cohort_code: 'text', year: 'int', annual_cost_per_person_gbp: 'numeric' },
    key: ['pathway_stage_code', 'cohort_code', 'year'],
  }),
  metrics: table({
    name: 'metrics',
    columns: { code: 'text', name: 'text', unit: 'text', direction: 'text', population_group_code: 'text' },
    key: ['code'],
  }),
  targets: table({
    name: 'targets',
    columns: { metric_code: 'text', ics_code: 'text', target_value: 'numeric', due: 'date', source: 'text' },
    key: ['metric_code', 'ics_code', 'due'],
  }),
  metricValues: table({
    name: 'metric_values',
    columns: { ics_code: 'text', metric_code: 'text', period_end: 'date', value: 'numeric' },
    key: ['ics_code', 'metric_code', 'period_end'],
  }),
};

/** Membership tables of commissioned services, replaced for every imported service. */
export const servicePivots = {
  cohorts: { name: 'commissioned_service_cohorts', owner: 'service_id', member: 'cohort_code' },
  needCategories: { name: 'commissioned_service_need_categories', owner: 'service_id', member: 'need_category_code' },
} as const;

export type PivotShape = (typeof servicePivots)[keyof typeof servicePivots];
