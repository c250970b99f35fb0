import { describedEnum } from '../../graphql/described-enum.js';
import type { GapDomainSpec } from '../domain-spec.js';
import type { GapLevel } from '../GapLevel.js';
import { diagnosticAssessment } from './diagnostic-assessment.js';
import { finance } from './finance.js';
import { housing } from './housing.js';
import { inpatients } from './inpatients.js';
import { personalBudgets } from './personal-budgets.js';
import { keyworkers } from './keyworkers.js';
import { services } from './services.js';
import { workforce } from './workforce.js';

/**
 * Every gap domain, in the order findings otherwise equal are listed. A new domain is one file beside
 * these and one entry here: the findings statement, analytics, the filter and the enum follow this list.
 */
export const GAP_DOMAINS = [
  services,
  housing,
  workforce,
  finance,
  inpatients,
  keyworkers,
  diagnosticAssessment,
  personalBudgets,
] as const;

/** A domain's name: its value of the GraphQL enum `GapDomain` and its findings' `domain`. */
export type GapDomain = (typeof GAP_DOMAINS)[number]['name'];

/** The domains by name as an enum object (`GapDomain.HOUSING` is 'HOUSING'), each described by its file. */
export const GapDomain = describedEnum(
  'GapDomain',
  'What is compared with need: commissioned services, housing, workforce or finance; or, for INPATIENTS, inpatients with their trajectory; for KEYWORKERS, keyworkers allocated to children and young people on the dynamic support register.',
  Object.fromEntries(GAP_DOMAINS.map((domain) => [domain.name, domain.description])) as Record<GapDomain, string>,
);

function gapDomain(name: GapDomain): GapDomainSpec {
  return GAP_DOMAINS.find((domain) => domain.name === name)!;
}

/** The levels a domain has findings at. */
export function levelsOf(name: GapDomain): GapLevel[] {
  return Object.keys(gapDomain(name).rules) as GapLevel[];
}

/** The domains that have findings at a level, in list order. */
export function domainsAt(level: GapLevel): GapDomainSpec[] {
  return GAP_DOMAINS.filter((domain) => domain.rules[level] !== undefined);
}

/** How a finding was derived, in words an analyst can check the figures against. */
export function gapRule(name: GapDomain, level: GapLevel): string {
  return gapDomain(name).rules[level]!;
}
