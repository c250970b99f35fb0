/**
 * What a gap field's statement costs in query-cost units before it returns a row, by the scope it
 * computes over (national > ICS > place) and the financial years it covers.
 *
 * Why: the cost limit counts fields and rows, but a gap field's work is its statement, which computes
 * and grades every finding of its scope whatever the page asks for: a national `gapFindings(first: 1)`
 * is two fields, yet fifteen of them kept the database busy for seconds. Each weight is the statement's
 * time measured on the demo dataset by `npm run bench:costs`, at COST_UNITS_PER_MS; the rows a page
 * returns are still charged on top (page size × the selection). FIGURES
 */

/**
 * Units per millisecond of gap statement. The default budget (MAX_QUERY_COST 50,000) buys about 1.25 s
 * of gap statements on the demo data: one national `gapFindings` over every year with a full page
 * passes, fifteen aliased ones do not.
 */
export const COST_UNITS_PER_MS = 40;

/** Which part of England a gap statement computes over. */
export type GapScope = 'national' | 'ics' | 'place';

/** A statement's weight: a part paid whatever the years, and a part per financial year it covers. */
export interface StatementWeight {
  fixed: number;
  perYear: number;
}

/**
 * Years charged when a request names no closed range of years: the bench dataset's horizon (the demo
 * holds seven). Longer ranges are charged as this too, so naming every year costs no more than none.
 */
export const UNBOUNDED_YEARS = 10;

/**
 * Weights of the gap fields, keyed `Type.field`. Fields below an ICS or a place are charged once per
 * parent, at that parent's share of the one statement that answers every parent of a request.
 */
export const GAP_STATEMENT_WEIGHTS: Record<string, Partial<Record<GapScope, StatementWeight>>> = {
  'Query.gapFindings': {
    national: { fixed: 0, perYear: 3_200 },
    ics: { fixed: 800, perYear: 400 },
    place: { fixed: 700, perYear: 350 },
  },
  'Query.gapAnalytics': {
    national: { fixed: 0, perYear: 3_200 },
    ics: { fixed: 800, perYear: 400 },
    place: { fixed: 700, perYear: 350 },
  },
  'IntegratedCareSystem.pathway': { ics: { fixed: 0, perYear: 60 } },
  'Place.pathway': { place: { fixed: 0, perYear: 60 } },
  'IntegratedCareSystem.cohortProjection': { ics: { fixed: 0, perYear: 150 } },
  'IntegratedCareSystem.metricStatus': { ics: { fixed: 0, perYear: 10 } },
};

/** The scope of a query-level gap field: a local authority's ICSs, one ICS, or all of England. */
export function gapScopeOf(filter: { icsCode?: unknown; laCode?: unknown } | null | undefined): GapScope {
  if (filter?.laCode) return 'place';
  if (filter?.icsCode) return 'ics';
  return 'national';
}

/** The financial years a field's arguments (or its filter's) cover, as charged. */
export function yearsCharged(values: { year?: unknown; fromYear?: unknown; toYear?: unknown } | null | undefined): number {
  if (typeof values?.year === 'number') return 1;
  const { fromYear, toYear } = values ?? {};
  if (typeof fromYear !== 'number' || typeof toYear !== 'number') return UNBOUNDED_YEARS;
  return Math.min(Math.max(toYear - fromYear + 1, 1), UNBOUNDED_YEARS);
}
