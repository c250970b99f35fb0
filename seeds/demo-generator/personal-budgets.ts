/**
 * Personal budgets (personal_budgets.csv): each demo authority's adults in long-term community support at the
 * year end by delivery mechanism (the social care return) and its personal health budgets, for 2024/25 and
 * 2025/26 (returns are annual; these are the latest). Rates and shares are national figures (seeds/demo/README.md),
 * jittered per authority from this module's own random stream, so the rest of the demo is untouched.
 */
import { ADULT_COHORTS, NEED_CATEGORIES, type Cohort, type NeedCategory } from './assumptions.js';
import type { CsvRow } from './csv.js';
import { residentPopulation } from './model.js';
import { hashKey, mulberry32 } from './random.js';

/** This module's own seed: changing it re-rolls personal budgets only. */
const SEED = 'personal budgets demo 2026';

function jitter(key: string, min: number, max: number): number {
  return min + (max - min) * mulberry32(hashKey(`${SEED}|${key}`))();
}

export const PERSONAL_BUDGET_YEARS: readonly number[] = [2024, 2025];

/**
 * Adults in long-term community support per 1,000 residents of the cohort, by need category. SALT 2023-24:
 * about 155,000 adults in long-term support with learning disability as primary support reason (about 135,000
 * aged 18–64, 20,000 aged 65+), about four in five of the working-age and three in five of the older in the
 * community rather than residential or nursing care; 30.7% of people with a learning disability also autistic
 * (FIGURES.md); autistic adults without a learning disability far fewer in long-term support.
 */
const PER_THOUSAND: Record<Cohort, Partial<Record<NeedCategory, number>>> = {
  YOUNG_ADULTS_18_25: { LEARNING_DISABILITY: 2.2, LEARNING_DISABILITY_AND_AUTISM: 1.0, AUTISM: 0.6 },
  ADULTS: { LEARNING_DISABILITY: 2.2, LEARNING_DISABILITY_AND_AUTISM: 1.0, AUTISM: 0.45 },
  OLDER_ADULTS: { LEARNING_DISABILITY: 0.8, LEARNING_DISABILITY_AND_AUTISM: 0.3, AUTISM: 0.08 },
} as Record<Cohort, Partial<Record<NeedCategory, number>>>;

/**
 * Delivery mechanisms (ASCOF 1C, 2023-24, England): about 93% of people in long-term community support have
 * self-directed support and about 26% a direct payment (younger adults more, older adults fewer); part direct
 * payments about a fifth of direct payments.
 */
const DIRECT_PAYMENT_SHARE: Record<string, number> = { YOUNG_ADULTS_18_25: 0.32, ADULTS: 0.27, OLDER_ADULTS: 0.15 };
const PART_OF_DIRECT_PAYMENTS = 0.2;
const COMMISSIONED_ONLY_SHARE: [number, number] = [0.03, 0.12];

/** Gross annual cost per person of a long-term community package (ASC-FR 2023-24 order of magnitude), 2024/25 prices. */
const ANNUAL_COST: Record<string, number> = {
  DIRECT_PAYMENT_ONLY: 30_000, PART_DIRECT_PAYMENT: 36_000, MANAGED_PERSONAL_BUDGET: 40_000, COMMISSIONED_SUPPORT_ONLY: 44_000,
};
const COST_FACTOR: Record<string, number> = { LEARNING_DISABILITY: 1, LEARNING_DISABILITY_AND_AUTISM: 1.15, AUTISM: 0.7 };
const OLDER_COST_FACTOR = 0.75;
const ANNUAL_INFLATION = 0.05;
const ANNUAL_GROWTH = 0.02;

/**
 * Personal health budgets: small beside social care (NHS England counts about 200,000 PHBs of every kind, most
 * of them personal wheelchair budgets and continuing healthcare): here 2–5% of the social care count, mostly
 * notional; about £55,000 a year each (continuing-healthcare packages).
 */
const PHB_SHARE: [number, number] = [0.02, 0.05];
const PHB_MIX: Record<string, number> = { NOTIONAL: 0.5, THIRD_PARTY: 0.2, DIRECT_PAYMENT: 0.3 };
const PHB_ANNUAL_COST = 55_000;
/**
 * Integrated personal budgets (health and care blended, counted once) are returned on the social care direct
 * payment lines: about 3–8% of direct payments for people with a learning disability, none for autism alone.
 */
const INTEGRATED_SHARE: [number, number] = [0.03, 0.08];

export function personalBudgetRows(laCodes: readonly string[]): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const laCode of laCodes) {
    for (const cohort of ADULT_COHORTS) {
      for (const category of NEED_CATEGORIES) {
        const rate = PER_THOUSAND[cohort][category] ?? 0;
        const key = `${laCode}|${cohort}|${category}`;
        const base = (residentPopulation(laCode, cohort, 2024) / 1000) * rate * jitter(`${key}|rate`, 0.85, 1.15);
        const directPayment = DIRECT_PAYMENT_SHARE[cohort] * jitter(`${laCode}|direct payment`, 0.8, 1.2);
        const commissioned = jitter(`${laCode}|commissioned only`, ...COMMISSIONED_ONLY_SHARE);
        const phb = category === 'AUTISM' ? 0.3 * PHB_SHARE[0] : jitter(`${laCode}|phb`, ...PHB_SHARE);
        const integratedShare = category === 'AUTISM' ? 0 : jitter(`${laCode}|integrated`, ...INTEGRATED_SHARE);
        const costFactor = COST_FACTOR[category] * (cohort === 'OLDER_ADULTS' ? OLDER_COST_FACTOR : 1);
        for (const year of PERSONAL_BUDGET_YEARS) {
          const people = base * (1 + ANNUAL_GROWTH) ** (year - 2024);
          const dpo = Math.round(people * directPayment * (1 - PART_OF_DIRECT_PAYMENTS));
          const pdp = Math.round(people * directPayment * PART_OF_DIRECT_PAYMENTS);
          const cso = Math.round(people * commissioned);
          const mpb = Math.max(0, Math.round(people) - dpo - pdp - cso);
          const prices = costFactor * (1 + ANNUAL_INFLATION) ** (year - 2024);
          const line = (type: string, mechanism: string, count: number, cost: number, integrated: number | null) => {
            // A PHB return lists only the ways budgets are held; the social care return lists every mechanism.
            if (type === 'PHB' && count === 0) return;
            const spend = count * cost * prices * jitter(`${key}|${year}|${mechanism}|cost`, 0.9, 1.1);
            rows.push({
              la_code: laCode, cohort, need_category: category, year, budget_type: type, delivery_mechanism: mechanism,
              people: count, annual_spend_gbp: spend.toFixed(2), integrated,
            });
          };
          line('SOCIAL_CARE', 'DIRECT_PAYMENT_ONLY', dpo, ANNUAL_COST.DIRECT_PAYMENT_ONLY, Math.round(dpo * integratedShare));
          line('SOCIAL_CARE', 'PART_DIRECT_PAYMENT', pdp, ANNUAL_COST.PART_DIRECT_PAYMENT, Math.round(pdp * integratedShare));
          line('SOCIAL_CARE', 'MANAGED_PERSONAL_BUDGET', mpb, ANNUAL_COST.MANAGED_PERSONAL_BUDGET, 0);
          line('SOCIAL_CARE', 'COMMISSIONED_SUPPORT_ONLY', cso, ANNUAL_COST.COMMISSIONED_SUPPORT_ONLY, 0);
          for (const [mechanism, share] of Object.entries(PHB_MIX)) {
            line('PHB', mechanism, Math.round(people * phb * share), PHB_ANNUAL_COST, 0);
          }
        }
      }
    }
  }
  return rows;
}
