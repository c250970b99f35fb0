import type { GraphiQLProps } from 'graphiql';

/** A tab GraphiQL opens with: its operation and variables. */
export type TabDefinition = NonNullable<GraphiQLProps['defaultTabs']>[number];

/**
 * The README's example operations, one tab each, so a first visit has something to run. The texts follow
 * the README's sections (gap findings, pathway, cohort projection, analytics) on the demo dataset.
 */
export const EXAMPLE_TABS: TabDefinition[] = [
  {
    query: `# Where assessed need is not met: Coventry and Warwickshire, 2027/28, services, HIGH or worse.
# Press Ctrl+Enter (or the run button) to run; the Docs panel on the left describes every field.
query GapFindings {
  gapFindings(
    filter: { icsCode: "QWU", year: 2027, domain: SERVICES, minSeverity: HIGH }
    first: 2
  ) {
    totalCount
    edges {
      node {
        cohort needCategory pathwayStage yearLabel
        need provision gap coverage severity
        explanation {
          places { laCode need provision }
          services { serviceCode catchmentLaCode capacity apportionedShare apportionedPeople }
        }
      }
    }
  }
}
`,
  },
  {
    query: `# The whole care pathway of one ICS in one year: the six stages in order, and where it breaks.
query Pathway($code: String!, $year: Int!) {
  integratedCareSystem(code: $code) {
    name
    pathway(year: $year) {
      yearLabel
      stages { pathwayStage need provision gap coverage severity }
      breaks { pathwayStage label }
    }
  }
}
`,
    variables: JSON.stringify({ code: 'QWU', year: 2027 }, null, 2),
  },
  {
    query: `# Need ageing into each cohort year by year, against the growth of its provision.
query CohortProjection($code: String!) {
  integratedCareSystem(code: $code) {
    name
    cohortProjection(fromYear: 2025, toYear: 2030, pathwayStage: "COMMUNITY_SUPPORT") {
      yearLabel fromCohort cohort ageingIn provisionGrowth shortfall flagged
    }
  }
}
`,
    variables: JSON.stringify({ code: 'QWU' }, null, 2),
  },
  {
    query: `# Gap measures summed in the database: housing by region and year, 2025/26 to 2030/31.
query GapAnalytics {
  gapAnalytics(
    groupBy: [region, year]
    filter: { domain: HOUSING, fromYear: 2025, toYear: 2030 }
    orderBy: DIMENSIONS
  ) {
    edges {
      node { region year yearLabel unit need provision gap coverage severity worstSeverity findingCount criticalCount }
    }
  }
}
`,
  },
];
