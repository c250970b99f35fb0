/**
 * Oliver McGowan Mandatory Training on Learning Disability and Autism (workforce_training.csv) for the demo ICSs,
 * and the local demo coverage ambitions (targets.csv rows). Its own random stream (TRAINING_SEED), so adding or
 * changing it leaves every other demo file byte-identical. Figures and assumptions: seeds/demo/README.md.
 */
import type { CsvRow } from './csv.js';
import type { IcsProfile } from './ics-profiles.js';
import { hashKey, mulberry32 } from './random.js';

const TRAINING_SEED = 'ics-needs-graph demo Oliver McGowan training 2026';

/** A number in [min, max) from this module's own stream, the same every run for the same key. */
function draw(key: string, min: number, max: number): number {
  return min + (max - min) * mulberry32(hashKey(`${TRAINING_SEED}|${key}`))();
}

export const TRAINING_YEARS = [2023, 2024, 2025] as const;
export const ORGANISATION_TYPES = ['NHS', 'LOCAL_AUTHORITY', 'INDEPENDENT'] as const;
type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/**
 * England's health and care staff by employer (headcounts, rounded; not in FIGURES.md, they set the scale only):
 * NHS organisations about 1.5 million (NHS workforce statistics); adult social care about 1.6 million filled posts,
 * some 0.11 million of them in councils and the rest in the independent sector (Skills for Care's estimates).
 * Every one of them is taken to be in scope of tier 1.
 */
export const ENGLAND_STAFF: Record<OrganisationType, number> = { NHS: 1_500_000, LOCAL_AUTHORITY: 110_000, INDEPENDENT: 1_490_000 };

/**
 * Share of staff in scope of tier 2 (those who may provide care and support to people with a learning disability
 * or autistic people): a modelling assumption — clinical NHS staff in contact with patients, council care staff,
 * independent providers' care workers.
 */
const TIER2_SHARE: Record<OrganisationType, [number, number]> = {
  NHS: [0.3, 0.38],
  LOCAL_AUTHORITY: [0.4, 0.5],
  INDEPENDENT: [0.45, 0.6],
};

/**
 * Completion (share of those in scope) in the first and the last demo year, a modelling assumption: tier 1 is high
 * in the NHS, where it is on the statutory and mandatory training record, lower in councils and lower still in the
 * independent sector; tier 2 (a face-to-face day) far lower everywhere; both rise as delivery scales up.
 */
const COMPLETION: Record<OrganisationType, Record<1 | 2, { first: [number, number]; last: [number, number] }>> = {
  NHS: { 1: { first: [0.55, 0.7], last: [0.82, 0.93] }, 2: { first: [0.04, 0.1], last: [0.18, 0.32] } },
  LOCAL_AUTHORITY: { 1: { first: [0.35, 0.5], last: [0.62, 0.8] }, 2: { first: [0.02, 0.07], last: [0.12, 0.24] } },
  INDEPENDENT: { 1: { first: [0.15, 0.3], last: [0.4, 0.6] }, 2: { first: [0.01, 0.04], last: [0.06, 0.15] } },
};

/** Staff numbers grow about 2% a year (a modelling assumption), with ±3% noise per return. */
const ANNUAL_STAFF_GROWTH = 0.02;

/**
 * The training returns of one ICS: staff in scope scaled from England's by the ICS's share of England's residents,
 * completion moving from its first-year level to its last-year level in even steps.
 */
export function trainingRows(ics: IcsProfile, shareOfEngland: number): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const type of ORGANISATION_TYPES) {
    const key = `${ics.odsCode}|${type}`;
    const tier2Share = draw(`${key}|tier2 share`, ...TIER2_SHARE[type]);
    const completion = ([1, 2] as const).map((tier) => ({
      first: draw(`${key}|tier${tier} first`, ...COMPLETION[type][tier].first),
      last: draw(`${key}|tier${tier} last`, ...COMPLETION[type][tier].last),
    }));
    TRAINING_YEARS.forEach((year, index) => {
      const step = index / (TRAINING_YEARS.length - 1);
      const staff = ENGLAND_STAFF[type] * shareOfEngland * (1 + ANNUAL_STAFF_GROWTH) ** index * draw(`${key}|${year}|staff`, 0.97, 1.03);
      const tier1InScope = Math.round(staff);
      const tier2InScope = Math.round(staff * tier2Share);
      const completed = (tier: 1 | 2, inScope: number) => {
        const { first, last } = completion[tier - 1];
        return Math.min(inScope, Math.round(inScope * (first + (last - first) * step)));
      };
      rows.push({
        ics_code: ics.odsCode,
        organisation_type: type,
        year,
        tier1_in_scope: tier1InScope,
        tier1_completed: completed(1, tier1InScope),
        tier2_in_scope: tier2InScope,
        tier2_completed: completed(2, tier2InScope),
      });
    });
  }
  return rows;
}

/**
 * No national coverage percentage for either tier has been published: the Health and Care Act 2022 s.181 requires
 * CQC-registered providers to train their staff, and the Code of Practice on the Oliver McGowan training says who
 * needs which tier, not by when what share must be trained. So each demo ICS gets a local ambition, labelled demo.
 */
const AMBITIONS: { metricCode: string; metric: string; due: string; percent: number }[] = [
  { metricCode: 'OLIVER_MCGOWAN_TIER1_COVERAGE', metric: 'Staff in scope who completed Oliver McGowan tier 1', due: '2025-03-31', percent: 60 },
  { metricCode: 'OLIVER_MCGOWAN_TIER1_COVERAGE', metric: 'Staff in scope who completed Oliver McGowan tier 1', due: '2026-03-31', percent: 80 },
  { metricCode: 'OLIVER_MCGOWAN_TIER2_COVERAGE', metric: 'Staff in scope who completed Oliver McGowan tier 2', due: '2025-03-31', percent: 10 },
  { metricCode: 'OLIVER_MCGOWAN_TIER2_COVERAGE', metric: 'Staff in scope who completed Oliver McGowan tier 2', due: '2026-03-31', percent: 20 },
];

const AMBITION_SOURCE =
  'Demo local ambition, not a published figure: no national coverage target for Oliver McGowan training is published ' +
  '(Health and Care Act 2022 s.181 requires CQC-registered providers to train staff; the Code of Practice sets who needs ' +
  'which tier, not a share by a date)';

/** The local demo coverage ambitions of one ICS, as targets.csv rows. */
export function trainingTargets(ics: IcsProfile): Record<string, string>[] {
  return AMBITIONS.map((ambition) => ({
    metric_code: ambition.metricCode,
    metric: ambition.metric,
    scope: ics.odsCode,
    population_group: 'ALL_AGES',
    target_value: String(ambition.percent),
    unit: 'PERCENT',
    direction: 'AT_LEAST',
    due: ambition.due,
    source: AMBITION_SOURCE,
  }));
}
