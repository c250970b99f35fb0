import { GraphQLError } from 'graphql';
import { auditScope } from '../../audit/audit-access.js';
import { auditRows, type AuditFilter } from '../../audit/audit-trail.sql.js';
import { csvChunks } from '../../export/csv-writer.js';
import { primed, sendDownload } from '../../export/stream-response.js';
import { sendJson } from '../graphql-endpoint.js';
import { authenticatorOf, type Route, type RouteDependencies } from './route.js';

export const AUDIT_CSV_PATH = '/export/audit.csv';

const HEADER = ['changed_at', 'actor', 'actor_name', 'ics_codes', 'record_type', 'natural_key', 'before', 'after', 'reason'];

/**
 * `GET /export/audit.csv`: the audit trail as CSV, oldest change first, filtered by the query parameters
 * `icsCode`, `recordType`, `actor`, `from`, `to` (as auditTrail's filter). The same access rule as auditTrail:
 * ADMIN everything, an ICS_EDITOR its ICSs; a bearer token is always needed. Listed before the dataset exports.
 */
export function auditRoute(dependencies: RouteDependencies): Route {
  const { database, config } = dependencies;
  const authenticate = authenticatorOf(dependencies);
  return {
    path: AUDIT_CSV_PATH,
    timeoutMs: config.exportTimeoutMs,
    async handle(request, response, url) {
      const filter = filterOf(url.searchParams);
      let scope: readonly string[] | null;
      try {
        const invalid = (['from', 'to'] as const).find((name) => filter[name] && Number.isNaN(Date.parse(filter[name]!)));
        if (invalid) throw new GraphQLError(`${invalid} must be a date or date-time (ISO 8601)`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
        scope = auditScope(await authenticate(request.headers.authorization), filter.icsCode);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        const code = String(error.extensions.code);
        const status = code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : 400;
        return sendJson(response, status, { errors: [{ message: error.message, extensions: { code } }] });
      }
      const rows = auditRows(database.sql(), filter, scope);
      const cells = (async function* () {
        for await (const row of rows) {
          yield [
            row.changedAt instanceof Date ? row.changedAt.toISOString() : String(row.changedAt),
            row.actor,
            row.actorName,
            row.icsCodes.join(';'),
            row.recordType,
            row.naturalKey,
            row.before,
            row.after,
            row.reason,
          ];
        }
      })();
      const chunks = await primed(csvChunks(HEADER, cells));
      await sendDownload(response, { contentType: 'text/csv; charset=utf-8', filename: 'audit.csv' }, chunks, {
        stallTimeoutMs: config.exportStallTimeoutMs,
      });
    },
  };
}

function filterOf(search: URLSearchParams): AuditFilter {
  const value = (name: string) => search.get(name)?.trim() || null;
  return { icsCode: value('icsCode'), recordType: value('recordType'), actor: value('actor'), from: value('from'), to: value('to') };
}
