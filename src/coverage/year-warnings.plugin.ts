import type { ApolloServerPlugin } from '@apollo/server';
import { financialYearLabel } from '../graphql/financial-year.js';
import type { RequestContext } from '../graphql/context.js';
import { readDataVersion } from './data-version.js';

/** One warning in a response's `extensions.warnings`. */
export interface ResponseWarning {
  code: string;
  message: string;
}

/** Years asked for by one field; an open end stands for the first or last year held. */
interface YearRange {
  from: number | null;
  to: number | null;
}

type Args = Record<string, unknown>;
const single = ({ year }: Args): YearRange | null => (typeof year === 'number' ? { from: year, to: year } : null);
const range = ({ fromYear, toYear }: Args): YearRange => ({ from: asYear(fromYear), to: asYear(toYear) });
const ofFilter = ({ filter }: Args): YearRange | null => {
  const values = (filter ?? {}) as Args;
  if (typeof values.year === 'number') return single(values);
  return values.fromYear == null && values.toYear == null ? null : range(values);
};

/** The gap queries, by schema coordinate, and the years each one asks for. */
const GAP_FIELDS: Record<string, (args: Args) => YearRange | null> = {
  'Query.gapFindings': ofFilter,
  'Query.gapAnalytics': ofFilter,
  'IntegratedCareSystem.pathway': single,
  'Place.pathway': single,
  'IntegratedCareSystem.cohortProjection': range,
  'IntegratedCareSystem.metricStatus': single,
};

const GAP_FIELD_NAMES = new Set(Object.keys(GAP_FIELDS).map((coordinate) => coordinate.split('.')[1]));
// Requests that cannot name a gap field skip the per-field hook, which would otherwise wrap every resolver.
const MAY_ASK_GAP_FIELD = new RegExp(`\\b(${[...GAP_FIELD_NAMES].join('|')})\\b`);

/**
 * A gap query for years the data does not hold answers with empty or partial results, which reads as "no gap".
 * This plugin says why instead: each such field adds a warning to `extensions.warnings`, naming the years asked
 * for that are not held and the years that are. The years held are read once per request that asks for them.
 */
export function yearCoverageWarnings(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const asked = new Map<string, { field: string; years: YearRange }>();
      return {
        async executionDidStart({ source }) {
          if (!MAY_ASK_GAP_FIELD.test(source ?? '')) return;
          return {
            willResolveField({ info, args }) {
              if (!GAP_FIELD_NAMES.has(info.fieldName)) return;
              const yearsOf = GAP_FIELDS[`${info.parentType.name}.${info.fieldName}`];
              const years = yearsOf?.(args as Args);
              if (years) asked.set(`${info.fieldName}:${years.from}:${years.to}`, { field: info.fieldName, years });
            },
          };
        },
        async willSendResponse({ response, contextValue }) {
          if (asked.size === 0 || response.body.kind !== 'single') return;
          const { years: held } = await readDataVersion(contextValue.sql);
          const warnings = [...asked.values()]
            .map(({ field, years }) => warningFor(field, years, held))
            .filter((warning): warning is ResponseWarning => warning !== null);
          if (warnings.length === 0) return;
          const result = response.body.singleResult;
          const earlier = (result.extensions?.warnings as ResponseWarning[] | undefined) ?? [];
          result.extensions = { ...result.extensions, warnings: [...earlier, ...warnings] };
        },
      };
    },
  };
}

/** The warning for one field's years, or null when the data holds all of them. */
export function warningFor(field: string, asked: YearRange, held: readonly number[]): ResponseWarning | null {
  if (held.length === 0) {
    return { code: 'NO_DATA', message: `${field}: the database holds no data yet; import a dataset (npm run import -- <folder>).` };
  }
  const first = held[0];
  const last = held[held.length - 1];
  // An open end reaches as far as the data does, or no further than the other end.
  const from = asked.from ?? Math.min(first, asked.to ?? first);
  const to = asked.to ?? Math.max(last, from);
  if (to < from) return null;
  const heldSet = new Set(held);
  const missing: [number, number][] = [];
  if (from < first) missing.push([from, Math.min(to, first - 1)]);
  for (let year = Math.max(from, first); year <= Math.min(to, last); year += 1) {
    if (heldSet.has(year)) continue;
    const run = missing.at(-1);
    if (run && run[1] === year - 1) run[1] = year;
    else missing.push([year, year]);
  }
  if (to > last) missing.push([Math.max(from, last + 1), to]);
  if (missing.length === 0) return null;
  return {
    code: 'YEAR_OUTSIDE_DATA',
    message: `${field}: no data is held for ${missing.map(yearsText).join(', ')}; the data covers ${coverageText(held)}.`,
  };
}

function coverageText(held: readonly number[]): string {
  const contiguous = held.length === held[held.length - 1] - held[0] + 1;
  if (!contiguous) return held.map(financialYearLabel).join(', ');
  return `${yearsText([held[0], held[held.length - 1]])} (${held.length === 1 ? '1 year' : `${held.length} years`})`;
}

function yearsText([from, to]: readonly [number, number]): string {
  return from === to ? financialYearLabel(from) : `${financialYearLabel(from)} to ${financialYearLabel(to)}`;
}

function asYear(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}
