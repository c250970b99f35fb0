// When an ICS or a place is valid: from `valid_from` to `valid_to`, both days included; a missing `valid_from`
// means since always, a missing `valid_to` still valid. One definition for SQL and one for rows read.

/** SQL: the row of `alias` is valid on `day` (a date expression, e.g. a parameter `$3::date`). */
export const VALID_ON = (alias: string, day: string) =>
  `(${alias}.valid_from is null or ${alias}.valid_from <= ${day}) and (${alias}.valid_to is null or ${alias}.valid_to >= ${day})`;

/** A row's validity (dates as YYYY-MM-DD, which compare as text in date order) covers `day`. */
export function validOn(period: { validFrom: string | null; validTo: string | null }, day: string): boolean {
  return (!period.validFrom || period.validFrom <= day) && (!period.validTo || period.validTo >= day);
}
