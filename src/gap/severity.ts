import { describedEnum, type EnumValue } from '../graphql/described-enum.js';

/** In rising order of concern; the position is the rank used for ordering and `minSeverity`. */
export const GapSeverity = describedEnum(
  'GapSeverity',
  'How far provision falls short of need. Defaults (configurable): NONE when coverage ≥ 1 or need is 0; LOW when 0.9 ≤ coverage < 1; ' +
    'MEDIUM when 0.75 ≤ coverage < 0.9; HIGH when coverage < 0.75 and provision > 0; CRITICAL when need > 0 and provision = 0. ' +
    'Findings against a ceiling (INPATIENTS: actual against a trajectory) are graded by the excess E = actual − target instead: ' +
    'NONE when E ≤ 0, LOW when E ≤ max(1, 0.10 × target), MEDIUM when E ≤ max(2, 0.33 × target), else HIGH; never CRITICAL.',
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
  /** REDUCE findings: an excess over the ceiling up to max(1, this × ceiling) is LOW. */
  excessLow: string;
  /** REDUCE findings: an excess up to max(2, this × ceiling) is MEDIUM; above it HIGH. */
  excessMedium: string;
}

export const DEFAULT_THRESHOLDS: SeverityThresholds = { low: '0.9', medium: '0.75', excessLow: '0.10', excessMedium: '0.33' };

/** Decimal places coverage is rounded to before grading, so a recurring decimal from apportionment
 * (e.g. thirds summing to 0.8999…) grades as the exact ratio it stands for. */
export const COVERAGE_SCALE = 10;

/**
 * Reads GAP_THRESHOLD_LOW and GAP_THRESHOLD_MEDIUM (coverage), GAP_EXCESS_LOW and GAP_EXCESS_MEDIUM (the
 * share of a ceiling a REDUCE finding may exceed it by); rejects values that would make the grades overlap.
 */
export function severityThresholds(env: NodeJS.ProcessEnv = process.env): SeverityThresholds {
  const low = decimalSetting(env, 'GAP_THRESHOLD_LOW', DEFAULT_THRESHOLDS.low);
  const medium = decimalSetting(env, 'GAP_THRESHOLD_MEDIUM', DEFAULT_THRESHOLDS.medium);
  if (!(Number(medium) > 0 && Number(medium) <= Number(low) && Number(low) <= 1)) {
    throw new Error(`Severity thresholds must satisfy 0 < GAP_THRESHOLD_MEDIUM (${medium}) <= GAP_THRESHOLD_LOW (${low}) <= 1`);
  }
  const excessLow = decimalSetting(env, 'GAP_EXCESS_LOW', DEFAULT_THRESHOLDS.excessLow);
  const excessMedium = decimalSetting(env, 'GAP_EXCESS_MEDIUM', DEFAULT_THRESHOLDS.excessMedium);
  if (!(Number(excessLow) <= Number(excessMedium))) {
    throw new Error(`Excess thresholds must satisfy GAP_EXCESS_LOW (${excessLow}) <= GAP_EXCESS_MEDIUM (${excessMedium})`);
  }
  return { low, medium, excessLow, excessMedium };
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

/**
 * How findings of either direction are measured, as SQL over a row with `direction`, `need` and `provision`
 * (and, for severity, `coverage`). MEET_NEED: gap = need − provision, coverage = provision ÷ need, graded by
 * coverage. REDUCE (need is a ceiling such as an inpatient trajectory, provision the actual count): gap =
 * actual − ceiling (positive is above it), coverage = ceiling ÷ actual (1 when actual is 0), graded by the
 * excess E = actual − ceiling: NONE when E ≤ 0, LOW when E ≤ max(1, excessLow × ceiling), MEDIUM when
 * E ≤ max(2, excessMedium × ceiling), else HIGH; never CRITICAL.
 */
export interface Grading {
  gap(direction: string, need: string, provision: string): string;
  coverage(direction: string, need: string, provision: string): string;
  severity(direction: string, need: string, provision: string, coverage: string): string;
}

/** The grading with its thresholds bound as parameters (`add` binds a numeric value, returning its placeholder). */
export function grading(thresholds: SeverityThresholds, add: (value: string) => string): Grading {
  let bound: { low: string; medium: string; excessLow: string; excessMedium: string } | undefined;
  // Bound on first use: PostgreSQL cannot type a parameter the statement never mentions.
  const placeholders = () =>
    (bound ??= {
      low: add(thresholds.low), medium: add(thresholds.medium),
      excessLow: add(thresholds.excessLow), excessMedium: add(thresholds.excessMedium),
    });
  const reduce = (direction: string) => `${direction} = 'REDUCE'`;
  return {
    gap: (direction, need, provision) =>
      `case when ${reduce(direction)} then ${provision} - ${need} else ${need} - ${provision} end`,
    coverage: (direction, need, provision) =>
      `case when ${reduce(direction)} then case when ${provision} = 0 then 1 else round(${need} / ${provision}, ${COVERAGE_SCALE}) end
       else ${coverageSql(need, provision)} end`,
    severity: (direction, need, provision, coverage) => {
      const p = placeholders();
      const excess = `(${provision} - ${need})`;
      return `case when ${reduce(direction)} then case when ${need} is null then null
        when ${excess} <= 0 then '${GapSeverity.NONE}'
        when ${excess} <= greatest(1, ${p.excessLow} * ${need}) then '${GapSeverity.LOW}'
        when ${excess} <= greatest(2, ${p.excessMedium} * ${need}) then '${GapSeverity.MEDIUM}'
        else '${GapSeverity.HIGH}' end
        else ${severitySql(need, provision, coverage, p.low, p.medium)} end`;
    },
  };
}

/** SQL turning a severity column into its rank (0 NONE … 4 CRITICAL). */
export function severityRankSql(severity: string): string {
  return `case ${severity} ${SEVERITY_ORDER.map((s, i) => `when '${s}' then ${i}`).join(' ')} end`;
}

/** SQL turning a rank (as `severityRankSql` gives it) back into its severity; null stays null. */
export function severityOfRankSql(rank: string): string {
  return `(array[${SEVERITY_ORDER.map((s) => `'${s}'`).join(', ')}])[${rank} + 1]`;
}
