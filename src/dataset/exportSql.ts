// SQL fragments the dataset files' export queries share. `$1` is an ICS's ODS code, or null for all of England.

/** The condition, or every row when no ICS is asked for. */
export const ALL_OR = (condition: string) => `($1::text is null or ${condition})`;

/**
 * Local-authority files follow the ICS's places (a split authority appears under each of its ICSs).
 * `column` is qualified by its table's alias: unqualified, it would mean the subquery's own p.la_code.
 */
export const LA_OF_ICS = (column: string) =>
  ALL_OR(`exists (select 1 from places p where p.la_code = ${column} and p.ics_code = $1)`);

/** A date as the importer reads it, YYYY-MM-DD. */
export const DAY = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
