import { registerEnumType } from 'type-graphql';

/**
 * What gap analytics can group by. The values are spelt as the row fields they fill, so
 * `groupBy: [ics, year]` returns rows whose `ics` and `year` are set.
 */
export enum GapDimension {
  region = 'region',
  ics = 'ics',
  localAuthority = 'localAuthority',
  domain = 'domain',
  cohort = 'cohort',
  needCategory = 'needCategory',
  pathwayStage = 'pathwayStage',
  year = 'year',
}

registerEnumType(GapDimension, {
  name: 'GapDimension',
  description: 'A dimension gap analytics can group by.',
  valuesConfig: {
    region: { description: "NHS England region (ODS code) of the finding's ICS." },
    ics: { description: 'ICS (ODS code).' },
    localAuthority: { description: 'Local authority (ONS code); groups place-level findings.' },
    domain: { description: 'Gap domain (SERVICES, HOUSING, WORKFORCE, FINANCE).' },
    cohort: { description: 'Life-stage cohort.' },
    needCategory: { description: 'Need category.' },
    pathwayStage: { description: 'Pathway stage.' },
    year: { description: 'Financial year.' },
  },
});

/** The SQL expression over a graded finding `g` (joined to its ICS `ics`) that each dimension groups by. */
export const DIMENSION_COLUMNS: Record<GapDimension, string> = {
  [GapDimension.region]: 'ics.region_ods_code',
  [GapDimension.ics]: 'g.ics_code',
  [GapDimension.localAuthority]: 'g.la_code',
  [GapDimension.domain]: 'g.domain',
  [GapDimension.cohort]: 'g.cohort_code',
  [GapDimension.needCategory]: 'g.need_category_code',
  [GapDimension.pathwayStage]: 'g.pathway_stage_code',
  [GapDimension.year]: 'g.year',
};
