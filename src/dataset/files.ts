import { AccommodationType } from '../housing/HousingPlanLine.entity.js';
import { FundingSource } from '../finance/FinancePlanLine.entity.js';
import { LocalAuthorityTier } from '../organisation/LocalAuthority.entity.js';
import { TargetDirection } from '../outcome/Metric.entity.js';
import { Commissioner } from '../service/CommissionedService.entity.js';
import * as code from './codes.js';
import { boolean, count, date, decimal, list, oneOf, optional, share, text, year } from './fields.js';
import { catchmentIsPlace, endNotBeforeStart, sameMetric, sameRegion, tierMatchesCode } from './checks.js';
import { shareSumsAtMostOne } from './placeShares.js';
import { defineFile, type FileSpec } from './spec.js';
import { tables } from './tables.js';
import { inOrder, into, writeMetrics, writeRegions, writeServiceMemberships } from './writers.js';

const source = text(10_000);
const wte = decimal(10, 2);

// Each file: its columns (header name → parser), then its unique keys, cross-field checks, the codes it
// defines for later files, and the table(s) it writes (table column ← CSV column).

const integratedCareSystems = defineFile(
  'integrated_care_systems.csv',
  {
    ods_code: code.icbOdsCode,
    ons_code: code.icbOnsCode,
    name: text(),
    region_ods_code: code.regionOdsCode,
    region_name: text(),
    region_ons_code: optional(code.regionOnsCode),
  },
  {
    optionalColumns: ['region_ons_code'],
    keys: [['ods_code'], ['ons_code']],
    check: (row, known, line) => sameRegion(row, known, line),
    remember: (row, known) => known.add('integratedCareSystems', row.ods_code),
    write: inOrder(
      writeRegions,
      into(tables.integratedCareSystems, {
        ods_code: 'ods_code',
        ons_code: 'ons_code',
        name: 'name',
        region_ods_code: 'region_ods_code',
      }),
    ),
  },
);

const localAuthorities = defineFile(
  'local_authorities.csv',
  { ons_code: code.laOnsCode, name: text(), tier: oneOf(Object.values(LocalAuthorityTier)) },
  {
    keys: [['ons_code']],
    check: (row) => tierMatchesCode(row.ons_code, row.tier),
    remember: (row, known) => {
      known.add('localAuthorities', row.ons_code);
      // The name may have failed to parse (the key alone is enough to remember the code).
      if (row.name) known.localAuthorityNames.set(row.ons_code, row.name);
    },
    write: into(tables.localAuthorities, { ons_code: 'ons_code', name: 'name', tier: 'tier' }),
  },
);

const places = defineFile(
  'places.csv',
  { ics_code: code.knownIcs, la_code: code.knownLocalAuthority, population_share: share },
  {
    keys: [['ics_code', 'la_code']],
    remember: (row, known) => known.addPlace(row.ics_code, row.la_code),
    checkFile: shareSumsAtMostOne,
    write: into(tables.places, { ics_code: 'ics_code', la_code: 'la_code', population_share: 'population_share' }),
  },
);

const population = defineFile(
  'population.csv',
  { la_code: code.knownLocalAuthority, cohort: code.cohort, year, people: count },
  {
    keys: [['la_code', 'cohort', 'year']],
    write: into(tables.populationEstimates, {
      la_code: 'la_code',
      cohort_code: 'cohort',
      year: 'year',
      people: 'people',
    }),
  },
);

const needs = defineFile(
  'needs.csv',
  {
    la_code: code.knownLocalAuthority,
    cohort: code.cohort,
    need_category: code.needCategory,
    pathway_stage: code.pathwayStage,
    year,
    people: count,
    source,
  },
  {
    keys: [['la_code', 'cohort', 'need_category', 'pathway_stage', 'year']],
    write: into(tables.assessedNeeds, {
      la_code: 'la_code',
      cohort_code: 'cohort',
      need_category_code: 'need_category',
      pathway_stage_code: 'pathway_stage',
      year: 'year',
      people: 'people',
      source: 'source',
    }),
  },
);

const services = defineFile(
  'services.csv',
  {
    service_code: text(40),
    name: text(),
    ics_code: code.knownIcs,
    la_code: optional(code.knownLocalAuthority),
    commissioner: oneOf(Object.values(Commissioner)),
    provider: text(),
    pathway_stage: code.pathwayStage,
    cohorts: list(code.cohort),
    need_categories: list(code.needCategory),
    capacity_people: count,
    start_date: date,
    end_date: optional(date),
  },
  {
    keys: [['service_code']],
    check: (row, known) => [
      ...catchmentIsPlace(row.ics_code, row.la_code, known),
      ...endNotBeforeStart(row.start_date, row.end_date),
    ],
    write: inOrder(
      into(tables.commissionedServices, {
        service_code: 'service_code',
        name: 'name',
        ics_code: 'ics_code',
        la_code: 'la_code',
        commissioner: 'commissioner',
        provider: 'provider',
        pathway_stage_code: 'pathway_stage',
        capacity_people: 'capacity_people',
        start_date: 'start_date',
        end_date: 'end_date',
      }),
      writeServiceMemberships,
    ),
  },
);

const housingPlan = defineFile(
  'housing_plan.csv',
  {
    ics_code: code.knownIcs,
    la_code: optional(code.knownLocalAuthority),
    accommodation_type: oneOf(Object.values(AccommodationType)),
    cohort: code.cohort,
    year,
    bed_spaces: count,
  },
  {
    keys: [['ics_code', 'la_code', 'accommodation_type', 'cohort', 'year']],
    check: (row, known) => catchmentIsPlace(row.ics_code, row.la_code, known),
    write: into(tables.housingPlanLines, {
      ics_code: 'ics_code',
      la_code: 'la_code',
      accommodation_type: 'accommodation_type',
      cohort_code: 'cohort',
      year: 'year',
      bed_spaces: 'bed_spaces',
    }),
  },
);

const workforcePlan = defineFile(
  'workforce_plan.csv',
  {
    ics_code: code.knownIcs,
    role: code.roleCode,
    pathway_stage: code.pathwayStage,
    year,
    wte_in_post: wte,
    wte_planned: wte,
    wte_required: wte,
  },
  {
    keys: [['ics_code', 'role', 'pathway_stage', 'year']],
    write: into(tables.workforcePlanLines, {
      ics_code: 'ics_code',
      role: 'role',
      pathway_stage_code: 'pathway_stage',
      year: 'year',
      wte_in_post: 'wte_in_post',
      wte_planned: 'wte_planned',
      wte_required: 'wte_required',
    }),
  },
);

const financePlan = defineFile(
  'finance_plan.csv',
  {
    ics_code: code.knownIcs,
    funding_source: oneOf(Object.values(FundingSource)),
    pathway_stage: code.pathwayStage,
    cohort: code.cohort,
    year,
    amount_gbp: decimal(16, 2),
    pooled: boolean,
  },
  {
    keys: [['ics_code', 'funding_source', 'pathway_stage', 'cohort', 'year']],
    write: into(tables.financePlanLines, {
      ics_code: 'ics_code',
      funding_source: 'funding_source',
      pathway_stage_code: 'pathway_stage',
      cohort_code: 'cohort',
      year: 'year',
      amount_gbp: 'amount_gbp',
      pooled: 'pooled',
    }),
  },
);

const unitCosts = defineFile(
  'unit_costs.csv',
  { pathway_stage: code.pathwayStage, cohort: code.cohort, year, annual_cost_per_person_gbp: decimal(14, 2) },
  {
    keys: [['pathway_stage', 'cohort', 'year']],
    write: into(tables.unitCosts, {
      pathway_stage_code: 'pathway_stage',
      cohort_code: 'cohort',
      year: 'year',
      annual_cost_per_person_gbp: 'annual_cost_per_person_gbp',
    }),
  },
);

const targets = defineFile(
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
    source,
  },
  {
    optionalColumns: ['metric'],
    keys: [['metric_code', 'scope', 'due']],
    check: (row, known, line) => sameMetric(row, known, line),
    remember: (row, known) => known.add('metrics', row.metric_code),
    // Targets define their metrics: the definitions go first, as targets refer to them.
    write: inOrder(
      writeMetrics,
      into(tables.targets, {
        metric_code: 'metric_code',
        ics_code: 'scope',
        target_value: 'target_value',
        due: 'due',
        source: 'source',
      }),
    ),
  },
);

const metrics = defineFile(
  'metrics.csv',
  { ics_code: code.knownIcs, metric_code: code.knownMetric, period_end: date, value: decimal(14, 4) },
  {
    keys: [['ics_code', 'metric_code', 'period_end']],
    write: into(tables.metricValues, {
      ics_code: 'ics_code',
      metric_code: 'metric_code',
      period_end: 'period_end',
      value: 'value',
    }),
  },
);

/** Every dataset file, in the order they are imported: each refers only to files before it. */
export const datasetFiles: readonly FileSpec[] = [
  integratedCareSystems,
  localAuthorities,
  places,
  population,
  needs,
  services,
  housingPlan,
  workforcePlan,
  financePlan,
  unitCosts,
  targets,
  metrics,
];
