import DataLoader from 'dataloader';
import type { SqlRunner } from '../db/sql.js';
import { connectionOf, type ConnectionResult, type Page } from './connection.js';

/**
 * A page of child records for one parent, e.g. the needs of one ICS. Requests for many parents with
 * the same filter are answered by one statement, whatever the number of parents or rows.
 */
export interface ChildPageRequest<Filter> {
  parent: string;
  filter: Filter;
  page: Page;
}

/**
 * The SQL for one kind of child list. `select` must return the child columns plus `parent_key`,
 * filtered to the parents in `$1`; `order` orders rows within a parent. `where` adds the filter's
 * conditions with parameters numbered from `$2`.
 */
export interface ChildQuery<Filter> {
  select: string;
  order: string;
  where(filter: Filter, params: unknown[]): string[];
}

export function childPageLoader<Filter, Row>(
  query: ChildQuery<Filter>,
): (sql: SqlRunner) => DataLoader<ChildPageRequest<Filter>, ConnectionResult<Row>, string> {
  return (sql) =>
    new DataLoader(
      async (requests) => {
        const groups = Map.groupBy(requests, (request) => JSON.stringify([request.filter, request.page]));
        const results = new Map<ChildPageRequest<Filter>, ConnectionResult<Row>>();
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const byParent = await loadGroup<Filter, Row>(sql, query, group);
            for (const request of group) results.set(request, byParent(request.parent));
          }),
        );
        return requests.map((request) => results.get(request)!);
      },
      { cacheKeyFn: (request) => JSON.stringify([request.parent, request.filter, request.page]) },
    );
}

async function loadGroup<Filter, Row>(
  sql: SqlRunner,
  query: ChildQuery<Filter>,
  group: ChildPageRequest<Filter>[],
): Promise<(parent: string) => ConnectionResult<Row>> {
  const { filter, page } = group[0];
  const params: unknown[] = [[...new Set(group.map((request) => request.parent))]];
  const conditions = query.where(filter, params);
  params.push(page.offset, page.offset + page.limit);
  const rows = await sql.rows<Row & { parent_key: string; position: number; total: number }>(
    `with matched as (
       select child.*,
              (row_number() over (partition by parent_key order by ${query.order}) - 1)::int as position,
              (count(*) over (partition by parent_key))::int as total
       from (${query.select}) child
       ${conditions.length ? `where ${conditions.join(' and ')}` : ''}
     )
     select * from matched
     where (position >= $${params.length - 1} and position < $${params.length}) or position = 0
     order by parent_key, position`,
    params,
  );
  // Each parent's first row is always sent: it carries the count when the page itself is empty
  // (`first: 0`, or a cursor past the end), and is dropped again unless it belongs to the page.
  const byParent = Map.groupBy(rows, (row) => row.parent_key);
  const end = page.offset + page.limit;
  return (parent) => {
    const matched = byParent.get(parent) ?? [];
    const children = matched.filter((row) => row.position >= page.offset && row.position < end);
    return connectionOf<Row>(children, matched[0]?.total ?? 0, page);
  };
}
