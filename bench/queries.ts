/**
 * Every GraphQL operation the suite sends, in one place. Each is validated against the served schema
 * before use; one that does not validate (its feature is not built yet) is skipped with the reason.
 */
export const YEAR = 2025;
/** The ICS of the single-ICS figures: Frimley, whose places include two split authorities. */
export const ONE_ICS = 'QNQ';

export interface Operation {
  query: string;
  variables?: Record<string, unknown>;
}

/** A nested read measured at two result sizes: its statement count must not change with size. */
export interface SizedOperation {
  key: string;
  label: string;
  /** Names the schema fields it needs, for the "skipped" message. */
  needs: string;
  small: Operation & { size: string };
  large: Operation & { size: string };
}

const NESTED_NEEDS = `query NestedNeeds($first: Int!, $needs: Int!, $year: Int!) {
  integratedCareSystems(first: $first) { totalCount edges { node {
    odsCode name
    places { laCode populationShare }
    needs(first: $needs, filter: { year: $year }) { totalCount edges { node {
      laCode cohort needCategory pathwayStage year people populationShare attributedPeople source } } }
  } } } }`;

const NESTED_SERVICES = `query NestedServices($first: Int!, $services: Int!) {
  integratedCareSystems(first: $first) { totalCount edges { node {
    odsCode name
    services(first: $services) { totalCount edges { node {
      serviceCode name laCode commissioner provider pathwayStage cohorts needCategories capacityPeople startDate endDate } } }
  } } } }`;

const NESTED_PLANS = `query NestedPlans($first: Int!, $lines: Int!, $year: Int!) {
  integratedCareSystems(first: $first) { totalCount edges { node {
    odsCode
    housingPlan(first: $lines, filter: { year: $year }) { totalCount edges { node { laCode accommodationType cohort year bedSpaces } } }
    workforcePlan(first: $lines, filter: { year: $year }) { totalCount edges { node { role pathwayStage year wteInPost wtePlanned wteRequired } } }
    financePlan(first: $lines, filter: { year: $year }) { totalCount edges { node { fundingSource pathwayStage cohort year amountGbp pooled } } }
  } } } }`;

const FINDING_FIELDS = `domain level icsCode laCode cohort needCategory pathwayStage role year yearLabel
  need provision gap coverage severity unit explanation { rule }`;

export const GAP_FINDINGS = `query GapFindings($filter: GapFilter!, $first: Int!) {
  gapFindings(filter: $filter, first: $first) { totalCount edges { node { ${FINDING_FIELDS} } } } }`;

const GAP_ANALYTICS = `query GapAnalytics($groupBy: [GapDimension!]!, $filter: GapFilter, $first: Int!) {
  gapAnalytics(groupBy: $groupBy, filter: $filter, first: $first) { totalCount edges { node {
    region ics localAuthority domain cohort needCategory pathwayStage year yearLabel unit
    need provision gap coverage severity findingCount criticalCount } } } }`;

const ENTITIES = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on IntegratedCareSystem { odsCode onsCode name region { odsCode name } places { laCode populationShare } } } }`;

/** The 40 ICS codes federation representations use (ODS and ONS codes alternately). */
export function representations(icss: { odsCode: string; onsCode: string }[], count: number) {
  return icss.slice(0, count).map((ics, i) =>
    i % 2 === 0 ? { __typename: 'IntegratedCareSystem', odsCode: ics.odsCode } : { __typename: 'IntegratedCareSystem', onsCode: ics.onsCode },
  );
}

export function sizedOperations(icss: { odsCode: string; onsCode: string }[]): SizedOperation[] {
  return [
    {
      key: 'icsPlacesNeeds',
      label: 'ICS → places → needs',
      needs: 'Query.integratedCareSystems, IntegratedCareSystem.places/needs',
      small: { size: '1 ICS × 5 needs', query: NESTED_NEEDS, variables: { first: 1, needs: 5, year: YEAR } },
      large: { size: '42 ICSs × 50 needs', query: NESTED_NEEDS, variables: { first: 42, needs: 50, year: YEAR } },
    },
    {
      key: 'icsServices',
      label: 'ICS → services',
      needs: 'IntegratedCareSystem.services',
      small: { size: '1 ICS × 5 services', query: NESTED_SERVICES, variables: { first: 1, services: 5 } },
      large: { size: '42 ICSs × 40 services', query: NESTED_SERVICES, variables: { first: 42, services: 40 } },
    },
    {
      key: 'icsPlans',
      label: 'ICS → housing, workforce, finance plans',
      needs: 'IntegratedCareSystem.housingPlan/workforcePlan/financePlan',
      small: { size: '1 ICS × 5 lines each', query: NESTED_PLANS, variables: { first: 1, lines: 5, year: YEAR } },
      large: { size: '42 ICSs × 20 lines each', query: NESTED_PLANS, variables: { first: 42, lines: 20, year: YEAR } },
    },
    {
      key: 'gapFindingsNational',
      label: 'gapFindings national',
      needs: 'Query.gapFindings',
      small: { size: `${YEAR}, first 10`, query: GAP_FINDINGS, variables: { filter: { year: YEAR }, first: 10 } },
      large: { size: `${YEAR}, first 500`, query: GAP_FINDINGS, variables: { filter: { year: YEAR }, first: 500 } },
    },
    {
      key: 'gapAnalytics',
      label: 'gapAnalytics',
      needs: 'Query.gapAnalytics',
      small: { size: `by ICS × domain × stage, ${YEAR}, first 5`, query: GAP_ANALYTICS, variables: { groupBy: ['ics', 'domain', 'pathwayStage'], filter: { year: YEAR }, first: 5 } },
      large: { size: `by ICS × domain × stage, ${YEAR}, first 500`, query: GAP_ANALYTICS, variables: { groupBy: ['ics', 'domain', 'pathwayStage'], filter: { year: YEAR }, first: 500 } },
    },
    {
      key: 'entities',
      label: '_entities',
      needs: 'Query._entities on IntegratedCareSystem',
      small: { size: '1 representation', query: ENTITIES, variables: { representations: representations(icss, 1) } },
      large: { size: '40 representations', query: ENTITIES, variables: { representations: representations(icss, 40) } },
    },
  ];
}

/** The gap queries of the overhead and growth figures. */
export const GAP_QUERIES: { key: string; label: string; operation: Operation }[] = [
  { key: 'national', label: `gapFindings national ${YEAR} (first 500)`, operation: { query: GAP_FINDINGS, variables: { filter: { year: YEAR }, first: 500 } } },
  { key: 'oneIcs', label: `gapFindings ${ONE_ICS} ${YEAR} (first 500)`, operation: { query: GAP_FINDINGS, variables: { filter: { icsCode: ONE_ICS, year: YEAR }, first: 500 } } },
];

/** A nested read of one ICS, also followed from scale 1 to 10 (available before the gap engine). */
export const ONE_ICS_NEEDS: Operation = {
  query: `query OneIcsNeeds($code: String!, $year: Int!) { integratedCareSystem(code: $code) { odsCode places { laCode populationShare }
    needs(first: 500, filter: { year: $year }) { totalCount edges { node { laCode cohort needCategory pathwayStage year people attributedPeople } } } } }`,
  variables: { code: ONE_ICS, year: YEAR },
};

/**
 * The throughput read, written for each server: the first 10 ICSs by name, their places, and each place's
 * JSNA needs at one stage in one year (≈ 700 need rows). Both return the same rows.
 */
export const THROUGHPUT_STAGE = 'COMMUNITY_SUPPORT';
export const THROUGHPUT_OURS: Operation = {
  query: `query Throughput($year: Int!, $stage: String!) { integratedCareSystems(first: 10) { edges { node { odsCode name
    places { laCode populationShare }
    needs(first: 200, filter: { year: $year, pathwayStage: $stage }) { edges { node { laCode cohort needCategory pathwayStage year people } } } } } } }`,
  variables: { year: YEAR, stage: THROUGHPUT_STAGE },
};
export const THROUGHPUT_POSTGRAPHILE: Operation = {
  query: `query Throughput($year: Int!, $stage: String!) { allIntegratedCareSystems(first: 10, orderBy: NAME_ASC) { nodes { odsCode name
    placesByIcsCode(orderBy: LA_CODE_ASC) { nodes { laCode populationShare
      localAuthorityByLaCode { assessedNeedsByLaCode(condition: { year: $year, pathwayStageCode: $stage }) { nodes {
        laCode cohortCode needCategoryCode pathwayStageCode year people } } } } } } } }`,
  variables: { year: YEAR, stage: THROUGHPUT_STAGE },
};

/** Need rows in a throughput answer, to check both servers return the same data. */
export function throughputRows(server: 'ours' | 'postgraphile', data: unknown): number {
  if (server === 'ours') {
    const edges = (data as { integratedCareSystems: { edges: { node: { needs: { edges: unknown[] } } }[] } }).integratedCareSystems.edges;
    return edges.reduce((sum, edge) => sum + edge.node.needs.edges.length, 0);
  }
  const nodes = (data as { allIntegratedCareSystems: { nodes: { placesByIcsCode: { nodes: { localAuthorityByLaCode: { assessedNeedsByLaCode: { nodes: unknown[] } } }[] } }[] } })
    .allIntegratedCareSystems.nodes;
  return nodes.reduce((sum, ics) => sum + ics.placesByIcsCode.nodes.reduce((s, place) => s + place.localAuthorityByLaCode.assessedNeedsByLaCode.nodes.length, 0), 0);
}
