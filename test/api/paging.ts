import type { TestApi } from '../support/api.js';

/** Variables of an operation run in a test. */
export type Vars = Record<string, unknown>;

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

/** The filter input type of each connection below an ICS. */
export const FILTER_TYPES = {
  needs: 'NeedFilter',
  services: 'ServiceFilter',
  housingPlan: 'HousingPlanFilter',
  workforcePlan: 'WorkforcePlanFilter',
  financePlan: 'FinancePlanFilter',
  metrics: 'MetricValueFilter',
} as const;

export type IcsConnection = keyof typeof FILTER_TYPES;

/**
 * Every node of a connection below `integratedCareSystem(code:)`, read page by page through `after`,
 * so checks never depend on one page holding everything. Also checks totalCount against the rows read.
 */
export async function allNodesOfIcs<T = Record<string, unknown>>(
  api: TestApi,
  code: string,
  field: IcsConnection,
  selection: string,
  filter: Record<string, unknown> = {},
): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const data: { integratedCareSystem: { page: Page<T> } } = await api.query(
      `query ($code: String!, $after: String, $filter: ${FILTER_TYPES[field]}) {
         integratedCareSystem(code: $code) {
           page: ${field}(first: 500, after: $after, filter: $filter) {
             totalCount pageInfo { hasNextPage endCursor } edges { node { ${selection} } }
           }
         }
       }`,
      { code, after, filter },
    );
    const page = data.integratedCareSystem.page;
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) {
      if (page.totalCount !== nodes.length) throw new Error(`totalCount ${page.totalCount}, rows ${nodes.length}`);
      return nodes;
    }
    after = page.pageInfo.endCursor;
  }
}
