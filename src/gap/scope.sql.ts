import { dateOfReading } from '../config.js';
import type { SqlParams } from '../db/sql-params.js';
import { financialYearContaining } from '../graphql/financial-year.js';
import { boundaryCtes, countedIn, inPeriod } from '../organisation/boundaries.sql.js';

/** Which part of the data a gap statement computes over; pushed into every domain's base tables. */
export interface GapScope {
  /** ODS (or ONS) codes of the ICSs; null means all of England. */
  icsCodes: string[] | null;
  /** Only the ICSs that hold (part of) this local authority: its places' findings depend on the whole ICS. */
  laCode: string | null;
  fromYear: number | null;
  toYear: number | null;
  pathwayStage: string | null;
  /**
   * The day whose boundaries every year is counted on (YYYY-MM-DD); null or absent: each financial year on
   * the boundaries of its 1 April (see organisation/boundaries.sql.ts).
   */
  boundariesAsAt?: string | null;
  /**
   * The date the figures are read on (YYYY-MM-DD; AS_OF_DATE or today): years up to the financial year
   * containing it are over or under way, later years are to come. Today's when absent.
   */
  asOfDate?: string;
}

/** The scope's CTEs and the conditions domains use on their own tables. */
export interface ScopeSql {
  /**
   * `scope_ics(ics_code, from_year, to_year)`, `scope_places(ics_code, la_code, population_share, from_year,
   * to_year)`, `record_ics(…)` (see organisation/boundaries.sql.ts) and `need_years(year)`. Each year has its own
   * boundaries: a record per local authority joins `scope_places` on `la_code` with its year `inPeriod`; a record
   * naming an ICS joins `countedIn`.
   */
  ctes: string[];
  /** Where a record naming an ICS counts in a year: `<alias>.to_ics`, × `<alias>.share` (see `countedIn`). */
  countedIn(alias: string, record: { ics: string; year: string; la?: string }): string;
  /** The year `year` is in the period of `alias` (a row of scope_ics, scope_places or record_ics). */
  inPeriod(alias: string, year: string): string;
  yearIn(column: string): string;
  stageIs(column: string): string;
  /** The as-of date, bound as a date (for explanations). */
  asOfDate(): string;
  /** The financial year containing the as-of date (2026 for 2026-11-29 and for 2027-03-31), bound as an int. */
  yearUnderWay(): string;
}

/**
 * Scope is whole ICSs: ICS-wide provision is apportioned over all of an ICS's places, so a place
 * filter must not shrink the set of places the apportionment sees. Stage and year can be pushed down
 * because apportionment never crosses a stage or a year.
 */
export function scopeSql(params: SqlParams, scope: GapScope): ScopeSql {
  const boundaries = boundaryCtes(params, {
    icsCodes: scope.icsCodes, laCode: scope.laCode, fromYear: scope.fromYear, toYear: scope.toYear,
    boundariesAsAt: scope.boundariesAsAt ?? null,
  });
  const fromYear = params.add(scope.fromYear, 'int');
  const toYear = params.add(scope.toYear, 'int');
  // Added on first use: PostgreSQL cannot type a parameter the statement never mentions.
  let stage: string | undefined;
  let asOf: string | undefined;
  let yearUnderWay: string | undefined;
  const readOn = scope.asOfDate ?? dateOfReading(null);
  const yearIn = (column: string) =>
    `(${fromYear} is null or ${column} >= ${fromYear}) and (${toYear} is null or ${column} <= ${toYear})`;
  return {
    ctes: [
      ...boundaries,
      // Services are open-ended: the years they are examined in are the years the JSNA covers.
      `need_years as (select distinct n.year from assessed_needs n where ${yearIn('n.year')})`,
    ],
    countedIn,
    inPeriod,
    yearIn,
    stageIs: (column) => {
      stage ??= params.add(scope.pathwayStage, 'text');
      return `(${stage} is null or ${column} = ${stage})`;
    },
    asOfDate: () => (asOf ??= `${params.add(readOn, 'text')}::date`),
    yearUnderWay: () => (yearUnderWay ??= params.add(financialYearContaining(readOn), 'int')),
  };
}
