import type { Page } from 'puppeteer-core';
import { openTestApi, type TestApi } from '../support/api.js';
import { listen } from '../export/support.js';
import { describeInBrowser } from './support/browser-suite.js';
import { launchChromium, type Chromium } from './support/chromium.js';
import { staysLocal, watchedPage, type WatchedPage } from './support/watched-page.js';

interface DrawnRow {
  code: string;
  cells: { stage: string; severity: string; text: string }[];
}

/** A heatmap cell as gapAnalytics gives it: one ICS at one stage. */
interface Cell {
  ics: string;
  pathwayStage: string;
  worstSeverity: string;
  severity: string;
  findingCount: number;
}

const GRADES = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL', 'NO_DATA'];
const LABELS: Record<string, string> = { NONE: 'None', LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', CRITICAL: 'Critical', NO_DATA: 'No data' };

/** The rows a heatmap drew: each row's code attribute and its cells' stage, grade and text. */
function drawnRows(page: Page, scope: string, rowAttribute: 'ics-code' | 'la-code'): Promise<DrawnRow[]> {
  return page.$$eval(
    `${scope} tr[data-${rowAttribute}]`,
    (rows, attribute) =>
      rows.map((row) => ({
        code: row.getAttribute(`data-${attribute}`)!,
        cells: [...row.querySelectorAll('td')].map((cell) => ({ stage: cell.dataset.stage!, severity: cell.dataset.severity!, text: cell.textContent!.trim() })),
      })),
    rowAttribute,
  );
}

describeInBrowser('the gap dashboard at /dashboard', () => {
  let api: TestApi;
  let base: string;
  let chromium: Chromium;
  let wide: WatchedPage;
  const pages: WatchedPage[] = [];
  let stages: string[];
  /** ICS codes as the API lists them (by name), and the worst severity of each ICS × stage group for the view. */
  let icsOrder: string[];
  let worst: Map<string, string>;
  let cells: Map<string, Cell>;

  beforeAll(async () => {
    api = await openTestApi({ dataset: 'demo' });
    base = await listen(api);
    chromium = await launchChromium();
    const expected = await api.query<{
      pathwayStages: { code: string }[];
      integratedCareSystems: { edges: { node: { odsCode: string } }[] };
      gapAnalytics: { edges: { node: Cell }[] };
    }>(`{
      pathwayStages { code }
      integratedCareSystems(first: 500) { edges { node { odsCode } } }
      gapAnalytics(groupBy: [ics, pathwayStage], filter: { year: 2027, domain: SERVICES }, first: 500) {
        edges { node { ics pathwayStage worstSeverity severity findingCount } }
      }
    }`);
    stages = expected.pathwayStages.map((stage) => stage.code);
    icsOrder = expected.integratedCareSystems.edges.map(({ node }) => node.odsCode);
    // A stage planned both as caseloads and a year's number (prevention) has a row for each basis: the cell shows the worse.
    cells = new Map();
    worst = new Map();
    for (const { node } of expected.gapAnalytics.edges) {
      const key = `${node.ics}|${node.pathwayStage}`;
      cells.set(key, node);
      const before = worst.get(key);
      worst.set(key, before === undefined || GRADES.indexOf(node.worstSeverity) > GRADES.indexOf(before) ? node.worstSeverity : before);
    }
    wide = await watchedPage(chromium.browser, { width: 1280, height: 800 });
    pages.push(wide);
    await wide.page.goto(`${base}/dashboard?year=2027&domain=SERVICES`, { waitUntil: 'networkidle0' });
    await wide.page.waitForSelector('#england tr[data-ics-code]');
  });
  afterAll(async () => {
    await chromium?.close();
    await api?.close();
  });

  test('draws every ICS as a row and every pathway stage as a cell, graded by its worst finding, in words too', async () => {
    const rows = await drawnRows(wide.page, '#england', 'ics-code');
    // The ICSs of today (the boundaries of April 2026): 36.
    expect(icsOrder).toHaveLength(36);
    expect(rows).toHaveLength(icsOrder.length);
    expect(rows.map((row) => row.code)).toEqual(icsOrder);
    for (const row of rows) {
      expect(row.cells.map((cell) => cell.stage)).toEqual(stages);
      for (const cell of row.cells) {
        expect(GRADES).toContain(cell.severity);
        expect(cell.severity).toBe(worst.get(`${row.code}|${cell.stage}`) ?? 'NO_DATA');
        expect(cell.text).toBe(LABELS[cell.severity]);
      }
    }
    // The demo holds findings for 10 ICSs; the other 32 are drawn, as "no data".
    expect(rows.filter((row) => row.cells.some((cell) => cell.severity !== 'NO_DATA'))).toHaveLength(10);
    // The break planted in the demo (seeds/demo/README.md): no community support for the Black Country's autistic adults.
    expect(rows.find((row) => row.code === 'QUA')!.cells.find((cell) => cell.stage === 'COMMUNITY_SUPPORT')!.severity).toBe('CRITICAL');
    await wide.screenshot('dashboard-england-1280');
  });

  test('the keyboard reaches the grid with Tab, moves with the arrows, and focus shows the cell’s figures', async () => {
    await wide.page.focus('#control-cohort');
    let inGrid = false;
    for (let presses = 0; presses < 10 && !inGrid; presses++) {
      await wide.page.keyboard.press('Tab');
      inGrid = await wide.page.evaluate(() => Boolean(document.activeElement?.closest('#england table')));
    }
    expect(inGrid).toBe(true);
    const focused = () =>
      wide.page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        return { ics: element.closest('tr')?.dataset.icsCode, stage: element.dataset.stage ?? null, outline: getComputedStyle(element).outlineStyle };
      });
    expect(await focused()).toEqual({ ics: 'QOX', stage: null, outline: 'solid' });
    await wide.page.keyboard.press('ArrowRight');
    await wide.page.keyboard.press('ArrowRight');
    expect(await focused()).toMatchObject({ ics: 'QOX', stage: stages[1], outline: 'solid' });
    for (let row = 0; row < icsOrder.indexOf('QWU'); row++) await wide.page.keyboard.press('ArrowDown');
    await wide.page.keyboard.press('ArrowRight');
    expect(await focused()).toMatchObject({ ics: 'QWU', stage: 'HOUSING_AND_ACCOMMODATION' });
    const tooltip = await wide.page.$eval('#england .heatmap-tooltip', (element) => ({ hidden: (element as HTMLElement).hidden, text: (element as HTMLElement).innerText }));
    expect(tooltip.hidden).toBe(false);
    // The cell's figures are the analytics row of QWU at the stage: its worst finding, the grade of all together, the count.
    const cell = cells.get('QWU|HOUSING_AND_ACCOMMODATION')!;
    expect(tooltip.text).toMatch(new RegExp(
      `^Coventry and Warwickshire · Housing and accommodation\nWorst severity: ${LABELS[cell.worstSeverity]}\nNeed: [\\d,]+ people\n` +
        `Provision: [\\d,]+ people\nGap: -?[\\d,]+ people.*\nCoverage: \\d+% \\(all findings together: ${LABELS[cell.severity]}\\)\n${cell.findingCount} findings`,
    ));
  });

  test('hovering a cell shows its figures', async () => {
    await wide.page.hover('#england tr[data-ics-code="QOP"] td[data-stage="COMMUNITY_SUPPORT"]');
    const text = await wide.page.$eval('#england .heatmap-tooltip', (element) => (element as HTMLElement).innerText);
    // The cell shows its worst finding, and the grade of all its findings together beside the coverage.
    const cell = cells.get('QOP|COMMUNITY_SUPPORT')!;
    expect(text).toMatch(new RegExp(
      `^Greater Manchester · Community support\nWorst severity: ${LABELS[cell.worstSeverity]}\nNeed: [\\d,]+ people\n` +
        `Provision: [\\d,]+ people\nGap: -?[\\d,]+ people.*\nCoverage: \\d+% \\(all findings together: ${LABELS[cell.severity]}\\)`,
    ));
    // The picture in the README (docs/dashboard.png): the top of the page, a cell's figures showing.
    await wide.page.evaluate(() => window.scrollTo(0, 0));
    await wide.page.hover('#england tr[data-ics-code="QHL"] td[data-stage="CRISIS_AND_INTENSIVE_SUPPORT"]');
    await wide.screenshot('dashboard-hover-1280x800', { fullPage: false });
  });

  test('Enter on an ICS opens its places by stage, its cohort projection and its outcome trajectories', async () => {
    await wide.page.keyboard.press('Enter');
    await wide.page.waitForSelector('#ics tr[data-la-code]');
    await wide.page.waitForSelector('#ics-trajectory .series-actual path');
    await wide.page.waitForSelector('#ics-projection rect.bar');
    expect(new URL(wide.page.url()).searchParams.get('ics')).toBe('QWU');
    expect(await wide.page.evaluate(() => document.activeElement?.id)).toBe('ics-title');
    expect(await wide.page.$eval('#ics-title', (heading) => heading.textContent)).toBe('Coventry and Warwickshire (QWU)');
    const places = await drawnRows(wide.page, '#ics', 'la-code');
    expect(places.map((row) => row.code)).toEqual(['E08000026', 'E10000031']);
    for (const place of places) {
      expect(place.cells.map((cell) => cell.stage)).toEqual(stages);
      expect(place.cells.every((cell) => GRADES.includes(cell.severity) && cell.text === LABELS[cell.severity])).toBe(true);
    }
    // The trajectory: one chart per metric with values, each a drawn line through its yearly values.
    const trajectories = await wide.page.$$eval('#ics-trajectory figure[data-metric]', (figures) =>
      figures.map((figure) => ({ metric: figure.getAttribute('data-metric'), line: figure.querySelector('.series-actual path')?.getAttribute('d') ?? '' })),
    );
    expect(trajectories.map((chart) => chart.metric)).toEqual(expect.arrayContaining(['INPATIENTS_ADULT', 'INPATIENTS_UNDER_18']));
    for (const chart of trajectories) expect(chart.line).toMatch(/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+$/);
    // Coventry and Warwickshire sets its own inpatient trajectory: a local target line beside the national one.
    expect(await wide.page.$$eval('#ics-trajectory figure[data-metric="INPATIENTS_ADULT"] .series', (series) => series.map((element) => element.getAttribute('class')))).toEqual([
      'series series-national',
      'series series-local',
      'series series-actual',
    ]);
    await wide.screenshot('dashboard-ics-1280');
  });

  test('each view links to its query in the IDE and to the CSV behind it', async () => {
    const links = await wide.page.$$eval('.view-links a', (anchors) => anchors.map((anchor) => ({ kind: anchor.dataset.link, href: anchor.getAttribute('href')!, view: anchor.closest('section.view')!.id })));
    const views = ['england', 'ics-places', 'ics-projection', 'ics-trajectory'];
    for (const view of views) {
      expect(links.filter((link) => link.view === view).map((link) => link.kind)).toEqual(expect.arrayContaining(['ide', 'csv']));
    }
    const englandIde = new URL(links.find((link) => link.view === 'england' && link.kind === 'ide')!.href, base);
    expect(englandIde.pathname).toBe('/graphql');
    expect(englandIde.searchParams.get('query')).toMatch(/^query EnglandHeatmap\(\$filter: GapFilter!, \$asAt: LocalDate\)/);
    // Every figure is shown on the boundaries of the date input (today unless changed).
    const day = await wide.page.$eval('#control-boundaries', (input) => input.getAttribute('data-boundaries-as-at'));
    expect(JSON.parse(englandIde.searchParams.get('variables')!)).toEqual({
      filter: { year: 2027, domain: 'SERVICES', cohort: null, boundariesAsAt: day }, asAt: day,
    });
    expect(links.find((link) => link.view === 'england' && link.kind === 'csv')!.href).toBe(
      `/export/gap-findings.csv?year=2027&domain=SERVICES&boundariesAsAt=${day}`);
    expect(links.find((link) => link.view === 'ics-places' && link.kind === 'csv')!.href).toBe(
      `/export/gap-findings.csv?icsCode=QWU&year=2027&domain=SERVICES&boundariesAsAt=${day}&level=PLACE`);
    // Every link answers: the IDE page for the queries, a CSV with a header row for the exports.
    for (const link of links) {
      const response = await fetch(new URL(link.href, base), { headers: link.kind === 'ide' ? { accept: 'text/html' } : {} });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(link.kind === 'ide' ? /^text\/html/ : /^text\/csv/);
    }
    // Each IDE link's query runs as it stands, with its variables.
    for (const link of links.filter((candidate) => candidate.kind === 'ide')) {
      const url = new URL(link.href, base);
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: url.searchParams.get('query'), variables: JSON.parse(url.searchParams.get('variables')!) }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      expect(body.errors).toBeUndefined();
    }
  });

  test('a click opens another ICS, and Back returns to England', async () => {
    await wide.page.click('#england tr[data-ics-code="QOP"] th');
    await wide.page.waitForFunction(() => document.querySelector('#ics-title')?.textContent === 'Greater Manchester (QOP)');
    await wide.page.waitForSelector('#ics tr[data-la-code]');
    // Wait for all three parts to load: the page's height changes as each arrives, and a click aimed while
    // it moves can land beside the button.
    await wide.page.waitForFunction(() => !document.querySelector('#ics [aria-busy]'));
    await wide.page.click('#ics .back');
    await wide.page.waitForFunction(() => !document.querySelector('#ics'));
    expect(new URL(wide.page.url()).searchParams.get('ics')).toBeNull();
  });

  test('the controls redraw the heatmap: housing findings sit at the housing stage only', async () => {
    await wide.page.select('#control-domain', 'HOUSING');
    await wide.page.waitForFunction(() => document.querySelector('#england caption')?.textContent?.includes('housing'));
    const rows = await drawnRows(wide.page, '#england', 'ics-code');
    expect(rows).toHaveLength(icsOrder.length);
    const graded = rows.flatMap((row) => row.cells).filter((cell) => cell.severity !== 'NO_DATA');
    expect(graded.length).toBeGreaterThan(0);
    expect(new Set(graded.map((cell) => cell.stage))).toEqual(new Set(['HOUSING_AND_ACCOMMODATION']));
    expect(new URL(wide.page.url()).searchParams.get('domain')).toBe('HOUSING');
  });

  test('a boundaries date re-bases the heatmap: on 2025-06-30 the rows are the 42 ICSs of then, Frimley among them', async () => {
    const page = await watchedPage(chromium.browser, { width: 1280, height: 800 });
    pages.push(page);
    await page.page.goto(`${base}/dashboard?year=2025&domain=SERVICES`, { waitUntil: 'networkidle0' });
    await page.page.waitForSelector('#england tr[data-ics-code]');
    expect(await page.page.$eval('#control-boundaries', (input) => input.getAttribute('data-boundaries-as-at'))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const today = await drawnRows(page.page, '#england', 'ics-code');
    expect(today.map((row) => row.code)).toEqual(icsOrder);
    await page.page.$eval('#control-boundaries', (input) => {
      (input as HTMLInputElement).value = '2025-06-30';
      input.dispatchEvent(new Event('change'));
    });
    await page.page.waitForFunction(() => document.querySelectorAll('#england tr[data-ics-code]').length === 42);
    const then = await drawnRows(page.page, '#england', 'ics-code');
    expect(then.map((row) => row.code)).toContain('QNQ');
    expect(then.map((row) => row.code)).not.toContain('S9B9J');
    expect(await page.page.$eval('#control-boundaries', (input) => input.getAttribute('data-boundaries-as-at'))).toBe('2025-06-30');
    expect(new URL(page.page.url()).searchParams.get('boundariesAsAt')).toBe('2025-06-30');
    // Frimley's 2025 figures on its own boundary, as gapAnalytics gives them re-based to that day.
    const expected = await api.query<{ gapAnalytics: { edges: { node: { ics: string; pathwayStage: string; worstSeverity: string } }[] } }>(`{
      gapAnalytics(groupBy: [ics, pathwayStage], filter: { year: 2025, domain: SERVICES, boundariesAsAt: "2025-06-30" }, first: 500) {
        edges { node { ics pathwayStage worstSeverity } }
      }
    }`);
    const frimley = then.find((row) => row.code === 'QNQ')!;
    for (const cell of frimley.cells) {
      const node = expected.gapAnalytics.edges.find((edge) => edge.node.ics === 'QNQ' && edge.node.pathwayStage === cell.stage)?.node;
      expect(cell.severity).toBe(node?.worstSeverity ?? 'NO_DATA');
    }
  });

  test('fits a phone: 390 pixels wide, no sideways scrolling of the page, the grid scrolls in its frame', async () => {
    const narrow = await watchedPage(chromium.browser, { width: 390, height: 844 });
    pages.push(narrow);
    await narrow.page.goto(`${base}/dashboard?year=2027&domain=SERVICES&ics=QWU`, { waitUntil: 'networkidle0' });
    await narrow.page.waitForSelector('#ics-trajectory .series-actual path');
    expect(await drawnRows(narrow.page, '#england', 'ics-code')).toHaveLength(icsOrder.length);
    const widths = await narrow.page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth, grid: document.querySelector('#england .heatmap-scroll')!.scrollWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.grid).toBeGreaterThan(widths.viewport);
    await narrow.screenshot('dashboard-390');
  });

  test('talks only to this server (the GraphQL API and the exports): no request leaves loopback', () => {
    const requests = pages.flatMap((page) => page.requests);
    expect(requests.filter((url) => !staysLocal(url))).toEqual([]);
    // The date input's calendar icon is the browser's own data: URL, not a request to anyone.
    const fetched = requests.filter((url) => !url.startsWith('data:'));
    const paths = new Set(fetched.map((url) => new URL(url).pathname.replace(/-[A-Z0-9]+\.(js|css)$/, '.$1')));
    expect([...paths].sort()).toEqual(['/assets/dashboard.css', '/assets/dashboard.js', '/dashboard', '/graphql']);
  });

  test('logs no console error and throws no page error', () => {
    expect(pages.flatMap((page) => page.errors)).toEqual([]);
  });
});
