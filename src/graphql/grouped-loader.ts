import DataLoader from 'dataloader';
import type { SqlRunner } from '../db/sql.js';

/**
 * A DataLoader for requests that share arguments, e.g. the pathway of many ICSs for one year: the
 * requests of one tick are grouped by their arguments and each group is answered by one statement,
 * so asking for 20 ICSs costs one statement, not 20.
 */
export function groupedLoader<Request, Result>(
  keyOf: (request: Request) => string,
  groupOf: (request: Request) => string,
  loadGroup: (sql: SqlRunner, group: Request[]) => Promise<(request: Request) => Result | Error>,
) {
  return (sql: SqlRunner) =>
    new DataLoader<Request, Result, string>(
      async (requests) => {
        const groups = new Map<string, Request[]>();
        for (const request of requests) groups.set(groupOf(request), [...(groups.get(groupOf(request)) ?? []), request]);
        const answers = new Map<Request, Result | Error>();
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const answer = await loadGroup(sql, group);
            for (const request of group) answers.set(request, answer(request));
          }),
        );
        return requests.map((request) => answers.get(request)!);
      },
      { cacheKeyFn: keyOf },
    );
}
