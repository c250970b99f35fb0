import type { SqlRunner } from '../db/sql.js';
import type { Page } from './connection.js';

/**
 * One page of the rows `matched` selects, and the number of rows matching, in one statement. The count
 * row is left-joined to the page, so an empty page (`first: 0`, or a cursor past the end) still
 * carries the count. `matched` may use parameters `$1…$n` from `params`; `order` orders its rows.
 */
export async function countedPage<Row extends object>(
  sql: SqlRunner,
  matched: string,
  order: string,
  params: readonly unknown[],
  page: Page,
): Promise<{ rows: Row[]; totalCount: number }> {
  const offset = `$${params.length + 1}`;
  const limit = `$${params.length + 2}`;
  const rows = await sql.rows<Row & { page_position: number | null; page_total: number }>(
    `with matched as (${matched})
     select paged.*, counted.page_total
     from (select count(*)::int as page_total from matched) counted
     left join lateral (
       select m.*, row_number() over (order by ${order}) as page_position from matched m
       order by ${order} offset ${offset} limit ${limit}) paged on true
     order by paged.page_position`,
    [...params, page.offset, page.limit],
  );
  return {
    rows: rows.filter((row) => row.page_position !== null).map(({ page_position: _p, page_total: _t, ...row }) => row as Row),
    totalCount: rows[0]?.page_total ?? 0,
  };
}
