import { describedEnum, type EnumValue } from '../graphql/described-enum.js';

/** In rising order of concern; the position is the rank used for ordering and `minSeverity`. */
export const GapSeverity = describedEnum(
  'GapSeverity',
  'How far provision falls short of need. Defaults (configurable): NONE when coverage ≥ 1 or need is 0; LOW when 0.9 ≤ coverage < 1; ' +
    'MEDIUM when 0.75 ≤ coverage < 0.9; HIGH when coverage < 0.75 and provision > 0; CRITICAL when need > 0 and provision = 0.',
  {
    NONE: 'Need met (coverage ≥ 1), or no need.',
    LOW: 'Coverage at least the LOW threshold (default 0.9) but below 1.',
    MEDIUM: 'Coverage at least the MEDIUM threshold (default 0.75) but below the LOW threshold.',
    HIGH: 'Coverage below the MEDIUM threshold, with some provision.',
    CRITICAL: 'Need but no provision at all: a break in the pathway.',
  },
);
export type GapSeverity = EnumValue<typeof GapSeverity>;

/**
 * Coverage thresholds between severities. Configuration, not constants: an ICS may grade more strictly.
 * Kept as decimal strings and compared in SQL as numeric, so 0.9 means exactly 0.9.
 */
export interface SeverityThresholds {
  /** Coverage at or above this (and below 1) is LOW. */
  low: string;
  /** Coverage at or above this (and below `low`) is MEDIUM; below it HIGH. */
  medium: string;
}

export const DEFAULT_THRESHOLDS: SeverityThresholds = { low: '0.9', medium: '0.75' };

/** Decimal places coverage is rounded to before grading, so a recurring decimal from apportionment
 * (e.g. thirds summing to 0.8999…) grades as the exact ratio it stands for. */
export const COVERAGE_SCALE = 10;

/** Reads GAP_THRESHOLD_LOW and GAP_THRESHOLD_MEDIUM; rejects values that would make the grades overlap. */
export function severityThresholds(env: NodeJS.ProcessEnv = process.env): SeverityThresholds {
  const low = decimalSetting(env, 'GAP_THRESHOLD_LOW', DEFAULT_THRESHOLDS.low);
  const medium = decimalSetting(env, 'GAP_THRESHOLD_MEDIUM', DEFAULT_THRESHOLDS.medium);
  if (!(Number(medium) > 0 && Number(medium) <= Number(low) && Number(low) <= 1)) {
    throw new Error(`Severity thresholds must satisfy 0 < GAP_THRESHOLD_MEDIUM (${medium}) <= GAP_THRESHOLD_LOW (${low}) <= 1`);
  }
  return { low, medium };
}

function decimalSetting(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+(\.\d+)?$/.test(raw)) throw new Error(`${name} must be a decimal number such as 0.9 (was '${raw}')`);
  return raw;
}

export const SEVERITY_ORDER: readonly GapSeverity[] = Object.values(GapSeverity);

export function severityRank(severity: GapSeverity): number {
  return SEVERITY_ORDER.indexOf(severity);
}

/** SQL for coverage: provision ÷ need in numeric (never float), null when need is 0 or unknown. */
export function coverageSql(need: string, provision: string): string {
  return `case when ${need} > 0 then round(${provision} / ${need}, ${COVERAGE_SCALE}) end`;
}

/**
 * SQL grading one finding from its summed need and provision and its coverage (as `coverageSql` gives it).
 * `low`/`medium` are numeric bind placeholders. Null only when need is unknown (an uncosted FINANCE finding).
 */
export function severitySql(need: string, provision: string, coverage: string, low: string, medium: string): string {
  return `case when ${need} is null then null
    when ${need} = 0 then '${GapSeverity.NONE}'
    when ${provision} = 0 then '${GapSeverity.CRITICAL}'
    when ${coverage} >= 1 then '${GapSeverity.NONE}'
    when ${coverage} >= ${low} then '${GapSeverity.LOW}'
    when ${coverage} >= ${medium} then '${GapSeverity.MEDIUM}'
    else '${GapSeverity.HIGH}' end`;
}

/** SQL turning a severity column into its rank (0 NONE … 4 CRITICAL). */
export function severityRankSql(severity: string): string {
  return `case ${severity} ${SEVERITY_ORDER.map((s, i) => `when '${s}' then ${i}`).join(' ')} end`;
}

/** SQL turning a rank (as `severityRankSql` gives it) back into its severity; null stays null. */
export function severityOfRankSql(rank: string): string {
  return `(array[${SEVERITY_ORDER.map((s) => `'${s}'`).join(', ')}])[${rank} + 1]`;
}
