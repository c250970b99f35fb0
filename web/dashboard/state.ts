import type { DashboardVocabularyQuery, GapDomain } from './generated/graphql.js';

/** What the dashboard shows: the controls' choices and the ICS opened, if any. Kept in the URL so a view can be shared. */
export interface DashboardState {
  year: number;
  domain: GapDomain;
  /** A cohort code; null for all cohorts. */
  cohort: string | null;
  /** The ODS code of the ICS opened; null on the England view. */
  ics: string | null;
  /**
   * The day whose ICSs and places every figure is shown on (YYYY-MM-DD): today by default, so the rows are the
   * ICSs of today and earlier years are re-based to their boundaries; an earlier day shows the ICSs of then.
   */
  boundariesAsAt: string;
  /** The id of a scenario of the opened ICS whose changes the ICS's figures include; null for the baseline. */
  scenario: string | null;
}

export interface Vocabulary {
  years: { year: number; label: string }[];
  domains: { name: GapDomain; description: string }[];
  cohorts: { code: string; label: string }[];
}

export function vocabularyOf(data: DashboardVocabularyQuery): Vocabulary {
  return {
    years: data.years.edges.flatMap(({ node }) => (node.year === null ? [] : [{ year: node.year, label: node.yearLabel ?? String(node.year) }])),
    domains: (data.gapDomains?.enumValues ?? []).map((value) => ({ name: value.name as GapDomain, description: value.description ?? '' })),
    cohorts: data.cohorts,
  };
}

/** Today as YYYY-MM-DD, in the browser's time zone. */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The financial year today falls in (April to March), by its starting calendar year. */
export function currentFinancialYear(today = new Date()): number {
  return today.getMonth() >= 3 ? today.getFullYear() : today.getFullYear() - 1;
}

/** Reads the state from `?year=&domain=&cohort=&ics=`, falling back to defaults for anything absent or unknown. */
export function stateFromSearch(search: string, vocabulary: Vocabulary): DashboardState {
  const params = new URLSearchParams(search);
  const years = vocabulary.years.map((entry) => entry.year);
  const year = Number(params.get('year'));
  const domain = params.get('domain');
  const cohort = params.get('cohort');
  const thisYear = currentFinancialYear();
  const defaultYear = years.includes(thisYear) ? thisYear : (years.filter((y) => y <= thisYear).at(-1) ?? years[0] ?? thisYear);
  return {
    year: years.includes(year) ? year : defaultYear,
    domain: vocabulary.domains.find((entry) => entry.name === domain)?.name ?? vocabulary.domains.find((entry) => entry.name === 'SERVICES')?.name ?? vocabulary.domains[0]?.name ?? 'SERVICES',
    cohort: vocabulary.cohorts.some((entry) => entry.code === cohort) ? cohort : null,
    ics: params.get('ics')?.toUpperCase() || null,
    boundariesAsAt: /^\d{4}-\d{2}-\d{2}$/.test(params.get('boundariesAsAt') ?? '') ? params.get('boundariesAsAt')! : today(),
    scenario: params.get('ics') && /^\d+$/.test(params.get('scenario') ?? '') ? params.get('scenario') : null,
  };
}

export function searchOf(state: DashboardState): string {
  const params = new URLSearchParams({ year: String(state.year), domain: state.domain });
  if (state.cohort) params.set('cohort', state.cohort);
  if (state.ics) params.set('ics', state.ics);
  if (state.boundariesAsAt !== today()) params.set('boundariesAsAt', state.boundariesAsAt);
  if (state.ics && state.scenario) params.set('scenario', state.scenario);
  return `?${params}`;
}
