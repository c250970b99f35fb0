/**
 * When and how much of a service's capacity counts in a financial year, and which need it can serve
 * (DOMAIN.md v2, "Stock, flow and when capacity counts" and "Apportionment"). SQL expressions over a
 * service `s` (commissioned_services) and its type `st` (service_types, left joined).
 */

/** A service's basis: the one the dataset states, else its type's default, else CASELOAD. */
export const CAPACITY_BASIS = `coalesce(s.capacity_basis, st.default_basis, 'CASELOAD')`;

/**
 * The date need is read in financial year `year`: 31 March ending it. One expression, so a need read
 * at another date (a register's period end) changes it in one place.
 */
export const needReadDate = (year: string): string => `make_date(${year} + 1, 3, 31)`;

const yearStart = (year: string) => `make_date(${year}, 4, 1)`;

/** Days of financial year `year`: 365, or 366 when it holds a 29 February. */
const yearDays = (year: string) => `(${needReadDate(year)} - ${yearStart(year)} + 1)`;

/**
 * The fraction of a service's capacity that counts in financial year `year` (0 when none does):
 * CASELOAD, people at one time, counts whole when the service runs on the date need is read, `readOn` (31 March
 * ending the year, or a register's period end; start and end dates inclusive); PER_YEAR, a number a year, counts
 * pro rata to its days running in the year.
 */
export function countedShare(basis: string, year: string, readOn: string = needReadDate(year)): string {
  const from = `greatest(s.start_date, ${yearStart(year)})`;
  const to = `least(coalesce(s.end_date, ${readOn}), ${readOn})`;
  return `case when ${basis} = 'PER_YEAR' then greatest(${to} - ${from} + 1, 0)::numeric / ${yearDays(year)}
               when s.start_date <= ${readOn} and (s.end_date is null or s.end_date >= ${readOn}) then 1
               else 0 end`;
}

/**
 * The fraction of cohort `co`'s band (cohorts table ages; an open-ended band ends at its `counted_max_age`,
 * 89 for OLDER_ADULTS) inside the ages of `service` (a row with
 * min_age, max_age): years of the band it serves ÷ years of the band; 1 without age limits, 0 when
 * they do not meet.
 */
export function servedAgeShare(service: string): string {
  const last = 'co.counted_max_age';
  const servedFrom = `greatest(co.min_age, coalesce(${service}.min_age, co.min_age))`;
  const servedTo = `least(${last}, coalesce(${service}.max_age, ${last}))`;
  return `greatest(${servedTo} - ${servedFrom} + 1, 0)::numeric / (${last} - co.min_age + 1)`;
}
