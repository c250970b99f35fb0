/**
 * What a gap field's statement costs in query-cost units before it returns a row, by the scope it
 * computes over (national > ICS > place) and the financial years it covers.
 *
 * Why: the cost limit counts fields and rows, but a gap field's work is its statement, which computes
 * and grades every finding of its scope whatever the page asks for: a national `gapFindings(first: 1)`
 * is two fields, yet fifteen of them kept the database busy for 3–4 s. The rows a page returns are
 * still charged on top (page size × the selection).
 *
 * Figures (`npm run bench:costs`, demo dataset, PostgreSQL 15, 2 cores; p50 ms with the machine nearly
 * idle, load average 2.3), all years (7) / one year:
 *   gapFindings   national 547 / 76   ICS 84 / 29   place 81 / 35
 *   gapAnalytics  national 321        ICS 63        place 35
 *   pathway of all 42 ICSs 58, of all 42 places 80; cohortProjection of all 42 ICSs over 2025→2030 780;
 *   metricStatus of all 42 ICSs 9.
 * Each weight is that time at COST_UNITS_PER_MS, split into a fixed part and a part per year; fields
 * below an ICS or place are charged per parent, at the share of one request for 50 of them (one
 * statement answers them all). A place costs about as much as its ICS: ICS-wide provision is
 * apportioned over every place, so a place's findings need its whole ICS computed. On a loaded machine
 * (load average 14) every figure is about twice as long and the order is the same.
 */

/**
 * Units per millisecond of gap statement: the default budget (MAX_QUERY_COST 50,000) buys about 2.5 s
 * of them on the demo data. One national `gapFindings` over every year with a full page of 500
 * explained findings passes; fifteen aliased ones, even of one row each, do not.
 */
export const COST_UNITS_PER_MS = 20;

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
    national: { fixed: 0, perYear: 1_550 },
    ics: { fixed: 400, perYear: 200 },
    place: { fixed: 400, perYear: 175 },
  },
  'Query.gapAnalytics': {
    national: { fixed: 300, perYear: 900 },
    ics: { fixed: 200, perYear: 150 },
    place: { fixed: 200, perYear: 100 },
  },
  'IntegratedCareSystem.pathway': { ics: { fixed: 0, perYear: 25 } },
  'Place.pathway': { place: { fixed: 0, perYear: 30 } },
  'IntegratedCareSystem.cohortProjection': { ics: { fixed: 0, perYear: 50 } },
  'IntegratedCareSystem.metricStatus': { ics: { fixed: 0, perYear: 5 } },
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
