import { listen } from '../export/support.js';
import type { TestApi } from '../support/api.js';
import { as, openWritableApi, removeDatasets } from '../record/support.js';
import { createScenario, saveIn } from '../scenario/support.js';
import { describeInBrowser } from './support/browser-suite.js';
import { launchChromium, type Chromium } from './support/chromium.js';
import { staysLocal, watchedPage, type WatchedPage } from './support/watched-page.js';

describeInBrowser('the dashboard shows an ICS with a scenario', () => {
  let api: TestApi;
  let base: string;
  let chromium: Chromium;
  let wide: WatchedPage;
  let scenario: string;

  beforeAll(async () => {
    api = await openWritableApi();
    base = await listen(api);
    const editor = await as(['ICS_EDITOR'], ['QWU'], 'editor-qwu');
    scenario = await createScenario(api, editor, 'QWU', 'Forty more community places');
    // Coventry's ADULTS × AUTISM community need (195) has 120 places: HIGH (coverage 0.62); with 40 more, 160: MEDIUM (0.82).
    await api.query(saveIn('Service'), {
      input: { serviceCode: 'QWU-SVC-NEW', name: 'Expansion', icsCode: 'QWU', laCode: 'E08000026', commissioner: 'ICB', provider: 'P',
        pathwayStage: 'COMMUNITY_SUPPORT', cohorts: ['ADULTS'], needCategories: ['AUTISM'], capacityPeople: 40, startDate: '2025-04-01' },
      reason: 'what if', scenario,
    }, editor);
    chromium = await launchChromium();
    wide = await watchedPage(chromium.browser, { width: 1280, height: 800 });
  });
  afterAll(async () => {
    await chromium?.close();
    await api?.close();
    removeDatasets();
  });

  const coventryCommunity = () =>
    wide.page.$eval('#ics tr[data-la-code="E08000026"] td[data-stage="COMMUNITY_SUPPORT"]', (cell) => (cell as HTMLElement).dataset.severity);

  test('the selector lists the open scenario; choosing it redraws the places with the scenario’s gaps and keeps it in the URL', async () => {
    await wide.page.goto(`${base}/dashboard?year=2025&domain=SERVICES&ics=QWU`, { waitUntil: 'networkidle0' });
    await wide.page.waitForSelector('#ics tr[data-la-code]');
    await wide.page.waitForSelector(`#control-scenario[data-scenario=""] option[value="${scenario}"]`);
    expect(await coventryCommunity()).toBe('HIGH');

    await wide.page.select('#control-scenario', scenario);
    await wide.page.waitForSelector(`#control-scenario[data-scenario="${scenario}"]`);
    await wide.page.waitForFunction(
      () => document.querySelector<HTMLElement>('#ics tr[data-la-code="E08000026"] td[data-stage="COMMUNITY_SUPPORT"]')?.dataset.severity === 'MEDIUM',
    );
    expect(new URL(wide.page.url()).searchParams.get('scenario')).toBe(scenario);
    // The CSV link of the view carries the scenario too.
    const csv = await wide.page.$eval('#ics-places a[data-link="csv"]', (link) => (link as HTMLAnchorElement).href);
    expect(new URL(csv).searchParams.get('scenario')).toBe(scenario);

    // Back to the baseline.
    await wide.page.select('#control-scenario', '');
    await wide.page.waitForSelector('#control-scenario[data-scenario=""]');
    await wide.page.waitForFunction(
      () => document.querySelector<HTMLElement>('#ics tr[data-la-code="E08000026"] td[data-stage="COMMUNITY_SUPPORT"]')?.dataset.severity === 'HIGH',
    );
    expect(new URL(wide.page.url()).searchParams.get('scenario')).toBeNull();
    expect(wide.errors).toEqual([]);
    expect(wide.requests.every(staysLocal)).toBe(true);
  });

  test('a link with the scenario opens the ICS with it', async () => {
    await wide.page.goto(`${base}/dashboard?year=2025&domain=SERVICES&ics=QWU&scenario=${scenario}`, { waitUntil: 'networkidle0' });
    await wide.page.waitForSelector(`#control-scenario[data-scenario="${scenario}"] option[value="${scenario}"]:checked`);
    await wide.page.waitForSelector('#ics tr[data-la-code]');
    expect(await coventryCommunity()).toBe('MEDIUM');
  });
});
