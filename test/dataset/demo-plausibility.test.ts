import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

// The demo dataset's claims (seeds/demo/README.md), checked on the files alone: no importer, no database.
// National figures are FIGURES.md's (shared/reference) or the sourced totals of seeds/demo-generator/national.ts.

const demoDatasetFolder = fileURLToPath(new URL('../../seeds/demo/', import.meta.url));
type Row = Record<string, string>;
const read = (file: string): Row[] => parse(readFileSync(join(demoDatasetFolder, file)), { columns: true, skip_empty_lines: true });
const sum = (rows: Row[], column: string) => rows.reduce((total, row) => total + Number(row[column]), 0);
const within = (value: number, expected: number, tolerance: number) => {
  expect(value).toBeGreaterThanOrEqual(expected * (1 - tolerance));
  expect(value).toBeLessThanOrEqual(expected * (1 + tolerance));
};

const ENGLAND_RESIDENTS = 57_700_000; // ONS mid-2023, rounded
const COHORTS = ['EARLY_YEARS', 'PRIMARY_SCHOOL', 'SECONDARY_SCHOOL', 'CHILDREN_14_17', 'YOUNG_ADULTS_18_25', 'ADULTS', 'OLDER_ADULTS'];
const UNDER_18 = COHORTS.slice(0, 4);

// The ten ICSs of 2022, which the figures were modelled on; the April 2026 places re-draw the same authorities.
const places = read('places.csv').filter((place) => place.valid_from === '');
const population = read('population.csv');
const icsCodes = [...new Set(places.map((place) => place.ics_code))].sort();
/** Residents of an ICS (or all ten, counting split authorities once) in a year and cohorts. */
const residents = (icsCode: string | null, year: string, cohorts = COHORTS) =>
  places
    .filter((place) => icsCode === null || place.ics_code === icsCode)
    .reduce((total, place) => {
      const people = population.filter((row) => row.la_code === place.la_code && row.year === year && cohorts.includes(row.cohort));
      return total + sum(people, 'people') * Number(place.population_share);
    }, 0);
const demoShare = residents(null, '2024') / ENGLAND_RESIDENTS;

test('the ten ICSs hold about a quarter of England', () => {
  expect(demoShare).toBeGreaterThan(0.2);
  expect(demoShare).toBeLessThan(0.3);
});

test('every file is a v2 dataset file, and no row uses the v1 cohort PREPARING_FOR_ADULTHOOD', () => {
  const files = readdirSync(demoDatasetFolder).filter((name) => name.endsWith('.csv'));
  expect(files).toContain('inpatient_census.csv');
  for (const file of files) expect(readFileSync(join(demoDatasetFolder, file), 'utf8')).not.toContain('PREPARING_FOR_ADULTHOOD');
  expect([...new Set(population.map((row) => row.cohort))].sort()).toEqual([...COHORTS].sort());
});

describe('needs.csv', () => {
  const needs = read('needs.csv');

  test('basis is CASELOAD, or PER_YEAR at prevention only (checks and assessments a year)', () => {
    expect([...new Set(needs.map((row) => row.basis))].sort()).toEqual(['CASELOAD', 'PER_YEAR']);
    expect([...new Set(needs.filter((row) => row.basis === 'PER_YEAR').map((row) => row.pathway_stage))]).toEqual(['PREVENTION_EARLY_INTERVENTION']);
  });

  test('no LDA crisis need for under-5s', () => {
    const crisis = needs.filter((row) => row.pathway_stage === 'CRISIS_AND_INTENSIVE_SUPPORT' && row.cohort === 'EARLY_YEARS');
    expect(crisis.length).toBeGreaterThan(0);
    expect(sum(crisis, 'people')).toBe(0);
  });

  test('health checks a year match the national register aged 14+ (343,520) × population share, ±20%', () => {
    // each authority once (split Hampshire and Surrey are whole in needs.csv)
    const checks = needs.filter(
      (row) => row.year === '2025' && row.basis === 'PER_YEAR' && row.need_category !== 'AUTISM' && !['EARLY_YEARS', 'PRIMARY_SCHOOL', 'SECONDARY_SCHOOL'].includes(row.cohort),
    );
    within(sum(checks, 'people'), 343_520 * demoShare, 0.2);
  });
});

describe('services.csv', () => {
  const services = read('services.csv');
  const types = ['DIAGNOSTIC_ASSESSMENT', 'ANNUAL_HEALTH_CHECK', 'KEYWORKER', 'INTENSIVE_SUPPORT', 'CRISIS_BED', 'COMMUNITY_TEAM', 'DAY_OPPORTUNITIES',
    'EMPLOYMENT_SUPPORT', 'SUPPORTED_LIVING_SUPPORT', 'SHORT_BREAKS', 'INPATIENT_BED', 'DISCHARGE_SUPPORT', 'OTHER'];
  const activeOn = (date: string) => services.filter((row) => row.start_date <= date && (row.end_date === '' || row.end_date >= date));

  test('types, commissioners and ages are v2 codes and consistent with the cohorts served', () => {
    for (const row of services) {
      expect(types).toContain(row.service_type);
      expect(['ICB', 'LOCAL_AUTHORITY', 'JOINT', 'NHS_ENGLAND_SPECIALISED', 'PROVIDER_COLLABORATIVE']).toContain(row.commissioner);
      expect(['', 'CASELOAD', 'PER_YEAR']).toContain(row.capacity_basis);
      const cohorts = row.cohorts.split(';');
      if (row.max_age !== '' && Number(row.max_age) <= 17) expect(cohorts.every((cohort) => UNDER_18.includes(cohort))).toBe(true);
      if (row.min_age !== '' && Number(row.min_age) >= 18) expect(cohorts.some((cohort) => UNDER_18.includes(cohort))).toBe(false);
      if (row.min_age !== '' && row.max_age !== '') expect(Number(row.min_age)).toBeLessThanOrEqual(Number(row.max_age));
    }
    const commissioners = new Set(services.map((row) => row.commissioner));
    expect(commissioners).toContain('NHS_ENGLAND_SPECIALISED');
    expect(commissioners).toContain('PROVIDER_COLLABORATIVE');
  });

  test('intensive support and keyworker caseloads are in tens per ICS, community bed offers are small', () => {
    for (const icsCode of icsCodes) {
      const active = activeOn('2026-03-31').filter((row) => row.ics_code === icsCode);
      const caseload = (type: string) => sum(active.filter((row) => row.service_type === type), 'capacity_people');
      const millions = residents(icsCode, '2025') / 1_000_000;
      for (const type of ['INTENSIVE_SUPPORT', 'KEYWORKER']) {
        // tens of people at once: 10 or more, and at most 60 per million residents (the v1 demo had 605 in QWU)
        expect(caseload(type)).toBeGreaterThanOrEqual(10);
        expect(caseload(type) / millions).toBeLessThanOrEqual(60);
      }
      expect(caseload('CRISIS_BED')).toBeLessThanOrEqual(10);
    }
  });

  describe('housing_plan.csv and the housing-stage support give the same verdict per ICS', () => {
    const housing = read('housing_plan.csv');
    const needs = read('needs.csv').filter((row) => row.pathway_stage === 'HOUSING_AND_ACCOMMODATION');
    for (const icsCode of icsCodes) {
      test(icsCode, () => {
        for (const year of ['2024', '2025', '2026', '2027', '2028', '2029', '2030']) {
          const need = places
            .filter((place) => place.ics_code === icsCode)
            .reduce((total, place) => total + sum(needs.filter((row) => row.la_code === place.la_code && row.year === year), 'people') * Number(place.population_share), 0);
          const homes = sum(housing.filter((row) => row.ics_code === icsCode && row.year === year), 'bed_spaces') / need;
          const support =
            sum(activeOn(`${Number(year) + 1}-03-31`).filter((row) => row.ics_code === icsCode && row.pathway_stage === 'HOUSING_AND_ACCOMMODATION'), 'capacity_people') / need;
          expect(Math.abs(homes - support)).toBeLessThan(0.06);
          if (year === '2025') expect(homes >= 1).toBe(support >= 1);
        }
      });
    }
  });
});

test('workforce roles are names, and learning disability nurses in post are near the national 3,034 × population share (±20%)', () => {
  const workforce = read('workforce_plan.csv');
  for (const row of workforce) expect(row.role).toMatch(/^[A-Z][a-z]+( [a-z]+)*$/);
  const nurses = workforce.filter((row) => row.role === 'Learning disability nurse' && row.year === '2024');
  within(sum(nurses, 'wte_in_post'), 3_034 * demoShare, 0.2);
  for (const row of nurses) expect(Number(row.wte_in_post)).toBeLessThanOrEqual(Number(row.wte_required));
});

describe('finance_plan.csv', () => {
  const finance = read('finance_plan.csv');
  const ofSource = (source: string, year: string) => sum(finance.filter((row) => row.funding_source === source && row.year === year), 'amount_gbp');

  test('capital lines are CAPITAL, every other line REVENUE', () => {
    const mismatched = finance.filter((row) => row.expenditure_type !== (row.funding_source === 'CAPITAL' ? 'CAPITAL' : 'REVENUE'));
    expect(mismatched).toEqual([]);
    expect(new Set(finance.map((row) => row.funding_source))).toEqual(
      new Set(['ICB_BASELINE', 'LOCAL_AUTHORITY', 'BETTER_CARE_FUND', 'SERVICE_DEVELOPMENT_FUNDING', 'DOWRY', 'CAPITAL']),
    );
  });

  test('SDF, capital and ICB baseline are at their national scale × population share', () => {
    within(ofSource('SERVICE_DEVELOPMENT_FUNDING', '2024'), 124_000_000 * demoShare, 0.15);
    within(ofSource('CAPITAL', '2025'), 13_000_000 * demoShare, 0.5);
    within(ofSource('ICB_BASELINE', '2024'), 2_904_600_000 * demoShare, 0.4);
  });
});

test("targets.csv is the reference file, with Coventry and Warwickshire's local trajectory as headcounts", () => {
  // The Oliver McGowan coverage ambitions are the demo's own (checked with workforce_training.csv below).
  const targets = read('targets.csv').filter((row) => !row.metric_code.startsWith('OLIVER_MCGOWAN_'));
  expect(targets).toHaveLength(10);
  const local = targets.filter((row) => row.scope === 'QWU').map((row) => [row.metric_code, row.population_group, row.target_value, row.unit, row.due]);
  expect(local).toEqual([
    ['INPATIENTS_ADULT', 'AGE_18_PLUS', '28', 'COUNT', '2024-03-31'],
    ['INPATIENTS_ADULT', 'AGE_18_PLUS', '24', 'COUNT', '2025-03-31'],
    ['INPATIENTS_ADULT', 'AGE_18_PLUS', '21', 'COUNT', '2026-03-31'],
    ['INPATIENTS_UNDER_18', 'UNDER_18', '5', 'COUNT', '2024-03-31'],
    ['INPATIENTS_UNDER_18', 'UNDER_18', '4', 'COUNT', '2025-03-31'],
    ['INPATIENTS_UNDER_18', 'UNDER_18', '3', 'COUNT', '2026-03-31'],
  ]);
});

describe('inpatient_census.csv', () => {
  const census = read('inpatient_census.csv');
  const inpatients = (icsCode: string | null, group: string, periodEnd: string) =>
    sum(census.filter((row) => (icsCode === null || row.ics_code === icsCode) && row.population_group === group && row.period_end === periodEnd), 'inpatients');

  test('March 2024 matches the national count (2,045, of whom 220 under 18) × population share', () => {
    within(inpatients(null, 'AGE_18_PLUS', '2024-03-31'), (2_045 - 220) * demoShare, 0.15);
    within(inpatients(null, 'UNDER_18', '2024-03-31'), 220 * demoShare, 0.25);
  });

  test('each ICS has 19 to 73 adult inpatients per million adults in March 2024', () => {
    for (const icsCode of icsCodes) {
      const rate = (inpatients(icsCode, 'AGE_18_PLUS', '2024-03-31') * 1_000_000) / residents(icsCode, '2024', COHORTS.slice(4));
      expect(rate).toBeGreaterThanOrEqual(19);
      expect(rate).toBeLessThanOrEqual(73);
    }
  });

  test('Coventry and Warwickshire against its trajectory: adults 31 / 25 / 20 (28 / 24 / 21), under-18s 6 / 4 / 3 (5 / 4 / 3)', () => {
    const dates = ['2024-03-31', '2025-03-31', '2026-03-31'];
    expect(dates.map((date) => inpatients('QWU', 'AGE_18_PLUS', date))).toEqual([31, 25, 20]);
    expect(dates.map((date) => inpatients('QWU', 'UNDER_18', date))).toEqual([6, 4, 3]);
  });

  test('every row is a group × commissioner × quarter end, with counts that balance', () => {
    const byKey = new Map(census.map((row) => [`${row.ics_code}|${row.population_group}|${row.commissioner}|${row.period_end}`, row]));
    for (const row of census) {
      expect(['UNDER_18', 'AGE_18_PLUS']).toContain(row.population_group);
      expect(['ICB', 'NHS_ENGLAND_SPECIALISED', 'PROVIDER_COLLABORATIVE']).toContain(row.commissioner);
      expect(['FINAL', 'PROVISIONAL']).toContain(row.status);
      for (const part of ['total_los_5_years_plus', 'outside_home_icb']) expect(Number(row[part])).toBeLessThanOrEqual(Number(row.inpatients));
      expect(Number(row.cetr_on_time)).toBeLessThanOrEqual(Number(row.cetr_due));
      const [year, month] = row.period_end.split('-').map(Number);
      const previousMonth = month === 3 ? 12 : month - 3;
      const previous = `${month === 3 ? year - 1 : year}-${String(previousMonth).padStart(2, '0')}-${previousMonth === 6 || previousMonth === 9 ? '30' : '31'}`;
      const before = byKey.get(`${row.ics_code}|${row.population_group}|${row.commissioner}|${previous}`);
      if (before) expect(Number(before.inpatients) + Number(row.admissions) - Number(row.discharges)).toBe(Number(row.inpatients));
    }
  });

  test('metrics.csv repeats the census headcounts under the targets’ metric codes', () => {
    const metrics = read('metrics.csv');
    for (const row of metrics.filter((metric) => metric.metric_code.startsWith('INPATIENTS'))) {
      const group = row.metric_code === 'INPATIENTS_ADULT' ? 'AGE_18_PLUS' : 'UNDER_18';
      expect(Number(row.value)).toBe(inpatients(row.ics_code, group, row.period_end));
    }
  });
});

describe('workforce_training.csv', () => {
  const training = read('workforce_training.csv');
  const coverage = (type: string, tier: 1 | 2, year: string) => {
    const rows = training.filter((row) => row.organisation_type === type && row.year === year);
    return sum(rows, `tier${tier}_completed`) / sum(rows, `tier${tier}_in_scope`);
  };

  test('every demo ICS has a return per kind of employer for 2023/24 to 2025/26, completed within scope', () => {
    const keys = training.map((row) => `${row.ics_code}|${row.organisation_type}|${row.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(training).toHaveLength(icsCodes.length * 3 * 3);
    expect([...new Set(training.map((row) => row.year))].sort()).toEqual(['2023', '2024', '2025']);
    for (const row of training) {
      for (const tier of [1, 2]) expect(Number(row[`tier${tier}_completed`])).toBeLessThanOrEqual(Number(row[`tier${tier}_in_scope`]));
      expect(Number(row.tier2_in_scope)).toBeLessThan(Number(row.tier1_in_scope));
    }
  });

  test("staff in scope of tier 1 are England's health and care staff (about 3.1 million) × population share", () => {
    within(sum(training.filter((row) => row.year === '2024'), 'tier1_in_scope'), 3_100_000 * demoShare, 0.1);
  });

  test('tier 1 is highest in the NHS and lowest in the independent sector; tier 2 far lower; both rise', () => {
    for (const year of ['2023', '2024', '2025']) {
      expect(coverage('NHS', 1, year)).toBeGreaterThan(coverage('LOCAL_AUTHORITY', 1, year));
      expect(coverage('LOCAL_AUTHORITY', 1, year)).toBeGreaterThan(coverage('INDEPENDENT', 1, year));
      for (const type of ['NHS', 'LOCAL_AUTHORITY', 'INDEPENDENT']) expect(coverage(type, 2, year)).toBeLessThan(coverage(type, 1, year) / 2);
    }
    for (const type of ['NHS', 'LOCAL_AUTHORITY', 'INDEPENDENT']) {
      for (const tier of [1, 2] as const) expect(coverage(type, tier, '2025')).toBeGreaterThan(coverage(type, tier, '2023'));
    }
  });

  test('the coverage targets are local demo ambitions, each saying no national figure is published', () => {
    const targets = read('targets.csv').filter((row) => row.metric_code.startsWith('OLIVER_MCGOWAN_'));
    expect(targets).toHaveLength(icsCodes.length * 4);
    for (const target of targets) {
      expect(target.scope).not.toBe('England');
      expect([target.unit, target.direction]).toEqual(['PERCENT', 'AT_LEAST']);
      expect(target.source).toMatch(/^Demo local ambition, not a published figure/);
    }
  });
});

describe('assessment_demand.csv', () => {
  const returns = read('assessment_demand.csv');
  /** Waiting (or waiting 13+ weeks) attributed to an ICS at a period end: each authority × its place share. */
  const attributed = (icsCode: string, periodEnd: string, column: string) =>
    places
      .filter((place) => place.ics_code === icsCode)
      .reduce((total, place) => {
        const rows = returns.filter((row) => row.la_code === place.la_code && row.period_end === periodEnd);
        return total + sum(rows, column) * Number(place.population_share);
      }, 0);

  test('each ICS has an adult autism assessment waiting list in the hundreds to thousands, most waiting 13+ weeks', () => {
    for (const icsCode of icsCodes) {
      for (const periodEnd of ['2024-03-31', '2025-03-31', '2026-03-31']) {
        const waiting = attributed(icsCode, periodEnd, 'waiting');
        expect(waiting).toBeGreaterThanOrEqual(100);
        expect(waiting).toBeLessThan(10_000);
        expect(attributed(icsCode, periodEnd, 'waiting_13_weeks_plus') / waiting).toBeGreaterThan(0.75);
      }
    }
  });

  test('quarterly returns from March 2024 (so 2024/25 and 2025/26 have a list at their start), whose flows balance', () => {
    const byKey = new Map(returns.map((row) => [`${row.la_code}|${row.cohort}|${row.period_end}`, row]));
    const quarters = ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31', '2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31', '2026-03-31'];
    expect([...new Set(returns.map((row) => row.period_end))].sort()).toEqual(quarters);
    for (const row of returns) {
      expect(row.need_category).toBe('AUTISM');
      expect(Number(row.closed_without_assessment)).toBeLessThanOrEqual(Number(row.referrals));
      expect(Number(row.waiting_13_weeks_plus)).toBeLessThanOrEqual(Number(row.waiting));
      const before = byKey.get(`${row.la_code}|${row.cohort}|${quarters[quarters.indexOf(row.period_end) - 1]}`);
      if (before) {
        const flows = Number(row.referrals) - Number(row.closed_without_assessment) - Number(row.completed);
        expect(Math.max(0, Number(before.waiting) + flows)).toBe(Number(row.waiting));
      }
    }
  });
});

describe('dynamic_support_register.csv', () => {
  const register = read('dynamic_support_register.csv');
  const latest = register.filter((row) => row.period_end === '2026-03-31');
  const aged0to25 = COHORTS.slice(0, 5);

  test('quarterly returns from June 2024 to March 2026, for every place of the ten ICSs', () => {
    expect([...new Set(register.map((row) => row.period_end))].sort()).toEqual([
      '2024-06-30', '2024-09-30', '2024-12-31', '2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31', '2026-03-31',
    ]);
    expect(new Set(latest.map((row) => `${row.ics_code}|${row.la_code}`))).toEqual(new Set(places.map((place) => `${place.ics_code}|${place.la_code}`)));
  });

  test('RED + AMBER is 20–250 per ICS (tens, low hundreds in the largest ICSs), close to the JSNA crisis need', () => {
    const needs = read('needs.csv').filter((row) => row.pathway_stage === 'CRISIS_AND_INTENSIVE_SUPPORT' && row.year === '2025' && row.basis === 'CASELOAD');
    for (const icsCode of icsCodes) {
      const redAmber = sum(latest.filter((row) => row.ics_code === icsCode), 'red') + sum(latest.filter((row) => row.ics_code === icsCode), 'amber');
      const jsna = places
        .filter((place) => place.ics_code === icsCode)
        .reduce((total, place) => total + sum(needs.filter((row) => row.la_code === place.la_code), 'people') * Number(place.population_share), 0);
      expect(redAmber).toBeGreaterThanOrEqual(20);
      expect(redAmber).toBeLessThanOrEqual(250);
      within(redAmber, jsna, 0.15);
    }
  });

  test('most children and young people at risk have a keyworker; only the 0–25s return keyworkers', () => {
    for (const row of register) {
      const filled = row.red_with_keyworker !== '';
      expect([row.cohort, filled]).toEqual([row.cohort, aged0to25.includes(row.cohort)]);
      if (filled) for (const rating of ['red', 'amber', 'blue']) expect(Number(row[`${rating}_with_keyworker`])).toBeLessThanOrEqual(Number(row[rating]));
    }
    const young = latest.filter((row) => aged0to25.includes(row.cohort));
    const atRisk = sum(young, 'red') + sum(young, 'amber') + sum(young, 'blue');
    const allocated = sum(young, 'red_with_keyworker') + sum(young, 'amber_with_keyworker') + sum(young, 'blue_with_keyworker');
    expect(allocated / atRisk).toBeGreaterThan(0.75);
    expect(allocated / atRisk).toBeLessThan(1);
  });
});
