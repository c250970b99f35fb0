/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether a figure counts people at one time or events over a year. */
export type Basis =
  /** People supported at one time (beds, caseloads); capacity counts when the service is active on the date need is read. */
  | 'CASELOAD'
  /** Assessments, checks or admissions a year; capacity counts pro rata to the days it is active in the financial year. */
  | 'PER_YEAR';

/** What is compared with need: commissioned services, housing, workforce or finance; or, for INPATIENTS, inpatients with their trajectory; for KEYWORKERS, keyworkers allocated to children and young people on the dynamic support register. */
export type GapDomain =
  /** Assessments a year needed to keep up with net referrals and bring the waiting list within NICE's 13-week standard over the clearance years (from the assessment returns) vs PER_YEAR capacity of diagnostic assessment services. */
  | 'DIAGNOSTIC_ASSESSMENT'
  /** People needing support × annual unit cost vs joint finance plan revenue funding, in GBP (ICS level only). */
  | 'FINANCE'
  /** JSNA people needing accommodation with support (summed over need categories) vs housing-plan bed-spaces. */
  | 'HOUSING'
  /** Inpatients (the ICS's residents in hospital, from the census) vs the applicable target as a headcount ceiling, by population group (ICS level only). Lower is better: gap = inpatients − target. */
  | 'INPATIENTS'
  /** Children and young people (0–25) at risk of admission or in hospital on the dynamic support register (RED + AMBER + BLUE) vs those of them with a keyworker allocated. */
  | 'KEYWORKERS'
  /** Adults in long-term community support (the social care return, all delivery mechanisms) vs those with self-directed support: direct payment only, part direct payment or a managed personal budget (ASCOF 1C). PHBs are listed apart. */
  | 'PERSONAL_BUDGETS'
  /** JSNA people needing support at a stage (at the crisis stage, RED + AMBER on the dynamic support register where a place has one) vs the capacity of commissioned services counting in the year, compared within one basis (CASELOAD or PER_YEAR). */
  | 'SERVICES'
  /** Workforce plan: WTE required vs WTE in post (years ended or under way) or WTE planned (years to come), by stage and role (ICS level only). */
  | 'WORKFORCE';

/** Which gap findings to return; every field is optional. A filter on a dimension a domain does not have (e.g. needCategory for HOUSING) leaves that domain out. Codes are checked: an unknown code is an error naming the field. */
export type GapFilter = {
  /** CASELOAD (people supported at one time) or PER_YEAR (assessments, checks a year); domains without a basis are left out. */
  basis?: Basis | null | undefined;
  /** Re-basing: every year counted on the ICSs and places valid on this day (e.g. today, to compare 2024 with 2027 on one map): an authority's need follows its places then, an abolished ICS's records count to its successors (an ICS-wide record shared by the population moving to each). Absent: each financial year on the boundaries of its 1 April. */
  boundariesAsAt?: string | null | undefined;
  /** Life-stage cohort code, e.g. CHILDREN_14_17. */
  cohort?: string | null | undefined;
  /** One domain; all domains of the level when absent. */
  domain?: GapDomain | null | undefined;
  /** First financial year of a range (inclusive). */
  fromYear?: number | null | undefined;
  /** The ICS's ODS (QWU) or ONS (E54…) code; all of England when absent. */
  icsCode?: string | null | undefined;
  /** A local authority's ONS code: its places' findings (level defaults to PLACE when laCode is given), or with level ICS the findings of the ICSs it belongs to. */
  laCode?: string | null | undefined;
  /** ICS (default) or PLACE. WORKFORCE and FINANCE exist at ICS level only. */
  level?: GapLevel | null | undefined;
  /** Only findings at least this severe (uncosted FINANCE findings, whose severity is null, are left out). */
  minSeverity?: GapSeverity | null | undefined;
  /** Need category code, e.g. AUTISM. */
  needCategory?: string | null | undefined;
  /** Pathway stage code, e.g. CRISIS_AND_INTENSIVE_SUPPORT. */
  pathwayStage?: string | null | undefined;
  /** Population group of INPATIENTS findings: UNDER_18 or AGE_18_PLUS; domains without one are left out. */
  populationGroup?: string | null | undefined;
  /** Last financial year of a range (inclusive). */
  toYear?: number | null | undefined;
  /** One financial year by its starting calendar year. */
  year?: number | null | undefined;
};

/** The scope of a finding: a whole ICS, or one place (the part of a local authority in an ICS). */
export type GapLevel =
  | 'ICS'
  | 'PLACE';

/** How far provision falls short of need. Defaults (configurable): NONE when coverage ≥ 1 or need is 0; LOW when 0.9 ≤ coverage < 1; MEDIUM when 0.75 ≤ coverage < 0.9; HIGH when coverage < 0.75 and provision > 0; CRITICAL when need > 0 and provision = 0. Findings against a ceiling (INPATIENTS: actual against a trajectory) are graded by the excess E = actual − target instead: NONE when E ≤ 0, LOW when E ≤ max(1, 0.10 × target), MEDIUM when E ≤ max(2, 0.33 × target), else HIGH; never CRITICAL. */
export type GapSeverity =
  /** Need but no provision at all: a break in the pathway. */
  | 'CRITICAL'
  /** Coverage below the MEDIUM threshold, with some provision. */
  | 'HIGH'
  /** Coverage at least the LOW threshold (default 0.9) but below 1. */
  | 'LOW'
  /** Coverage at least the MEDIUM threshold (default 0.75) but below the LOW threshold. */
  | 'MEDIUM'
  /** Need met (coverage ≥ 1), or no need. */
  | 'NONE';

/** Unit of need, provision and gap: people, bed-spaces, whole-time equivalents or pounds. */
export type GapUnit =
  | 'BED_SPACES'
  | 'GBP'
  | 'PEOPLE'
  | 'WTE';

/** OPEN: changes may be added and gap queries computed with it; PROMOTED: applied to the baseline; DISCARDED: dropped. */
export type ScenarioStatus =
  | 'DISCARDED'
  | 'OPEN'
  | 'PROMOTED';

/** Which side of a target is good. */
export type TargetDirection =
  /** Higher is better: met when the value is at least the target (e.g. health check coverage). */
  | 'AT_LEAST'
  /** Lower is better: met when the value is at most the target (e.g. inpatients per million). */
  | 'AT_MOST';

export type HeatmapCellFragment = { pathwayStage: string | null, unit: GapUnit, basis: Basis | null, need: number | null, provision: number, gap: number | null, coverage: number | null, severity: GapSeverity | null, worstSeverity: GapSeverity | null, findingCount: number, criticalCount: number };

export type EnglandHeatmapQueryVariables = Exact<{
  filter: GapFilter;
  asAt?: string | null | undefined;
}>;


export type EnglandHeatmapQuery = { pathwayStages: Array<{ code: string, label: string }>, integratedCareSystems: { totalCount: number, edges: Array<{ node: { odsCode: string, name: string, region: { name: string } } }> }, gapAnalytics: { totalCount: number, edges: Array<{ node: { ics: string | null, pathwayStage: string | null, unit: GapUnit, basis: Basis | null, need: number | null, provision: number, gap: number | null, coverage: number | null, severity: GapSeverity | null, worstSeverity: GapSeverity | null, findingCount: number, criticalCount: number } }> } };

export type IcsPlacesHeatmapQueryVariables = Exact<{
  code: string;
  filter: GapFilter;
  scenario?: string | number | null | undefined;
}>;


export type IcsPlacesHeatmapQuery = { pathwayStages: Array<{ code: string, label: string }>, integratedCareSystem: { odsCode: string, name: string, places: Array<{ laCode: string, populationShare: number, localAuthority: { name: string } }> } | null, gapAnalytics: { totalCount: number, edges: Array<{ node: { localAuthority: string | null, pathwayStage: string | null, unit: GapUnit, basis: Basis | null, need: number | null, provision: number, gap: number | null, coverage: number | null, severity: GapSeverity | null, worstSeverity: GapSeverity | null, findingCount: number, criticalCount: number } }> } };

export type IcsCohortProjectionQueryVariables = Exact<{
  code: string;
  fromYear: number;
  toYear: number;
  scenario?: string | number | null | undefined;
}>;


export type IcsCohortProjectionQuery = { cohorts: Array<{ code: string, label: string }>, integratedCareSystem: { odsCode: string, name: string, cohortProjection: Array<{ year: number, yearLabel: string, cohort: string, fromCohort: string, pathwayStage: string, ageingIn: number, provisionGrowth: number, shortfall: number, flagged: boolean }> } | null };

export type TrajectoryPointFragment = { metricCode: string, name: string, unit: string, direction: TargetDirection, periodEnd: string | null, recordedValue: number | null, population: number | null, value: number | null, met: boolean | null, target: { value: number, due: string, scope: string } | null };

export type TrajectoryTargetFragment = { metricCode: string, scope: string, targetValue: number, unit: string, direction: TargetDirection, due: string, source: string };

export type IcsScenariosQueryVariables = Exact<{
  code: string;
}>;


export type IcsScenariosQuery = { scenarios: Array<{ id: string, name: string, status: ScenarioStatus }> };

export type DashboardVocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardVocabularyQuery = { cohorts: Array<{ code: string, label: string }>, gapDomains: { enumValues: Array<{ name: string, description: string | null }> | null } | null, years: { edges: Array<{ node: { year: number | null, yearLabel: string | null } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const HeatmapCellFragmentDoc = new TypedDocumentString(`
    fragment HeatmapCell on GapAnalyticsRow {
  pathwayStage
  unit
  basis
  need
  provision
  gap
  coverage
  severity
  worstSeverity
  findingCount
  criticalCount
}
    `, {"fragmentName":"HeatmapCell"}) as unknown as TypedDocumentString<HeatmapCellFragment, unknown>;
export const TrajectoryPointFragmentDoc = new TypedDocumentString(`
    fragment TrajectoryPoint on MetricStatus {
  metricCode
  name
  unit
  direction
  periodEnd
  recordedValue
  population
  value
  met
  target {
    value
    due
    scope
  }
}
    `, {"fragmentName":"TrajectoryPoint"}) as unknown as TypedDocumentString<TrajectoryPointFragment, unknown>;
export const TrajectoryTargetFragmentDoc = new TypedDocumentString(`
    fragment TrajectoryTarget on Target {
  metricCode
  scope
  targetValue
  unit
  direction
  due
  source
}
    `, {"fragmentName":"TrajectoryTarget"}) as unknown as TypedDocumentString<TrajectoryTargetFragment, unknown>;
export const EnglandHeatmapDocument = new TypedDocumentString(`
    query EnglandHeatmap($filter: GapFilter!, $asAt: LocalDate) {
  pathwayStages {
    code
    label
  }
  integratedCareSystems(first: 500, filter: {asAt: $asAt}) {
    totalCount
    edges {
      node {
        odsCode
        name
        region {
          name
        }
      }
    }
  }
  gapAnalytics(groupBy: [ics, pathwayStage], filter: $filter, first: 500) {
    totalCount
    edges {
      node {
        ics
        ...HeatmapCell
      }
    }
  }
}
    fragment HeatmapCell on GapAnalyticsRow {
  pathwayStage
  unit
  basis
  need
  provision
  gap
  coverage
  severity
  worstSeverity
  findingCount
  criticalCount
}`) as unknown as TypedDocumentString<EnglandHeatmapQuery, EnglandHeatmapQueryVariables>;
export const IcsPlacesHeatmapDocument = new TypedDocumentString(`
    query IcsPlacesHeatmap($code: String!, $filter: GapFilter!, $scenario: ID) {
  pathwayStages {
    code
    label
  }
  integratedCareSystem(code: $code) {
    odsCode
    name
    places {
      laCode
      populationShare
      localAuthority {
        name
      }
    }
  }
  gapAnalytics(
    groupBy: [localAuthority, pathwayStage]
    filter: $filter
    first: 500
    scenario: $scenario
  ) {
    totalCount
    edges {
      node {
        localAuthority
        ...HeatmapCell
      }
    }
  }
}
    fragment HeatmapCell on GapAnalyticsRow {
  pathwayStage
  unit
  basis
  need
  provision
  gap
  coverage
  severity
  worstSeverity
  findingCount
  criticalCount
}`) as unknown as TypedDocumentString<IcsPlacesHeatmapQuery, IcsPlacesHeatmapQueryVariables>;
export const IcsCohortProjectionDocument = new TypedDocumentString(`
    query IcsCohortProjection($code: String!, $fromYear: Int!, $toYear: Int!, $scenario: ID) {
  cohorts {
    code
    label
  }
  integratedCareSystem(code: $code) {
    odsCode
    name
    cohortProjection(fromYear: $fromYear, toYear: $toYear, scenario: $scenario) {
      year
      yearLabel
      cohort
      fromCohort
      pathwayStage
      ageingIn
      provisionGrowth
      shortfall
      flagged
    }
  }
}
    `) as unknown as TypedDocumentString<IcsCohortProjectionQuery, IcsCohortProjectionQueryVariables>;
export const IcsScenariosDocument = new TypedDocumentString(`
    query IcsScenarios($code: String!) {
  scenarios(icsCode: $code) {
    id
    name
    status
  }
}
    `) as unknown as TypedDocumentString<IcsScenariosQuery, IcsScenariosQueryVariables>;
export const DashboardVocabularyDocument = new TypedDocumentString(`
    query DashboardVocabulary {
  cohorts {
    code
    label
  }
  gapDomains: __type(name: "GapDomain") {
    enumValues {
      name
      description
    }
  }
  years: gapAnalytics(
    groupBy: [year]
    filter: {domain: SERVICES}
    orderBy: DIMENSIONS
    first: 100
  ) {
    edges {
      node {
        year
        yearLabel
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardVocabularyQuery, DashboardVocabularyQueryVariables>;