import { openTestApi, type TestApi } from '../support/api.js';
import { listen } from '../export/support.js';
import { describeInBrowser } from './support/browser-suite.js';
import { launchChromium, type Chromium } from './support/chromium.js';
import { staysLocal, watchedPage, type WatchedPage } from './support/watched-page.js';

describeInBrowser('the GraphQL IDE at /graphql', () => {
  let api: TestApi;
  let base: string;
  let chromium: Chromium;
  let ide: WatchedPage;
  const pages: WatchedPage[] = [];

  beforeAll(async () => {
    api = await openTestApi({ dataset: 'demo' });
    base = await listen(api);
    chromium = await launchChromium();
    ide = await watchedPage(chromium.browser, { width: 1280, height: 800 });
    pages.push(ide);
    await ide.page.goto(`${base}/graphql`, { waitUntil: 'networkidle0' });
    await ide.page.waitForSelector('.graphiql-query-editor .monaco-editor .view-lines');
  });
  afterAll(async () => {
    await chromium?.close();
    await api?.close();
  });

  const tabTitles = (page: WatchedPage) => page.page.$$eval('.graphiql-tab .graphiql-tab-button', (tabs) => tabs.map((tab) => tab.textContent?.trim()));
  // Monaco draws spaces as no-break spaces and wraps long lines: compare text with its whitespace folded.
  const editorText = (page: WatchedPage, selector: string) => page.page.$eval(selector, (element) => (element as HTMLElement).innerText.replace(/\s+/g, ' '));
  const activeTab = (page: WatchedPage) => page.page.$eval('.graphiql-tab-active .graphiql-tab-button', (tab) => tab.textContent?.trim());

  test('opens with the README operations as tabs, the docs explorer open, the explorer plugin and the headers editor', async () => {
    expect(await tabTitles(ide)).toEqual(['GapFindings', 'Pathway', 'CohortProjection', 'GapAnalytics']);
    await ide.page.waitForSelector('.graphiql-doc-explorer');
    const sidebar = await ide.page.$$eval('.graphiql-sidebar button', (buttons) => buttons.map((button) => button.getAttribute('aria-label')));
    expect(sidebar).toEqual(expect.arrayContaining(['Hide Documentation Explorer', 'Show GraphiQL Explorer']));
    const tools = await ide.page.$$eval('.graphiql-editor-tools button', (buttons) => buttons.map((button) => button.textContent?.trim()));
    expect(tools).toEqual(expect.arrayContaining(['Variables', 'Headers']));
    expect(await editorText(ide, '.graphiql-query-editor .view-lines')).toContain('query GapFindings { gapFindings(');
    await ide.screenshot('ide-1280');
  });

  test('runs a query typed into its editor and shows the result', async () => {
    await ide.page.click('.graphiql-tab-add');
    await ide.page.click('.graphiql-query-editor .monaco-editor');
    await ide.page.keyboard.type('query Stages { pathwayStages { code label } }');
    // The tab takes the operation's name once GraphiQL has parsed it; then that name is sent.
    await ide.page.waitForFunction(() => document.querySelector('.graphiql-tab-active .graphiql-tab-button')?.textContent?.trim() === 'Stages');
    const sent = ide.page.waitForResponse((response) => response.url() === `${base}/graphql` && response.request().method() === 'POST' && (response.request().postData() ?? '').includes('pathwayStages'));
    await ide.page.click('.graphiql-execute-button');
    const response = await sent;
    expect(response.status()).toBe(200);
    expect(JSON.parse(response.request().postData()!)).toMatchObject({ query: 'query Stages { pathwayStages { code label } }', operationName: 'Stages' });
    await ide.page.waitForFunction(() => (document.querySelector('.graphiql-response')?.textContent ?? '').includes('PREVENTION_EARLY_INTERVENTION'));
    expect(await editorText(ide, '.graphiql-response .view-lines')).toContain('"code": "PREVENTION_EARLY_INTERVENTION", "label": "Prevention and early intervention" }');
    await ide.screenshot('ide-result');
  });

  test('a link with ?query= and ?variables= (as the dashboard makes) opens that operation in the active tab, ready to run', async () => {
    const linked = await watchedPage(chromium.browser, { width: 1280, height: 800 });
    pages.push(linked);
    const query = 'query OneIcs($code: String!) { integratedCareSystem(code: $code) { name } }';
    const params = new URLSearchParams({ query, variables: JSON.stringify({ code: 'QWU' }) });
    await linked.page.goto(`${base}/graphql?${params}`, { waitUntil: 'networkidle0' });
    await linked.page.waitForSelector('.graphiql-query-editor .monaco-editor .view-lines');
    // A first visit opens it as the first tab; this browser already has tabs stored, so it is added and made active.
    expect(await tabTitles(linked)).toContain('OneIcs');
    expect(await activeTab(linked)).toBe('OneIcs');
    const sent = linked.page.waitForResponse((response) => (response.request().postData() ?? '').includes('OneIcs'));
    await linked.page.click('.graphiql-execute-button');
    expect(await (await sent).json()).toEqual({ data: { integratedCareSystem: { name: 'NHS Coventry and Warwickshire Integrated Care Board' } } });
  });

  test('loads everything, monaco workers included, from this server: no request leaves loopback', () => {
    const requests = pages.flatMap((page) => page.requests);
    expect(requests.filter((url) => !staysLocal(url))).toEqual([]);
    expect(requests.some((url) => /\/assets\/editor\.worker-[A-Z0-9]+\.js$/.test(url))).toBe(true);
    expect(requests.some((url) => /\/assets\/graphql\.worker-[A-Z0-9]+\.js$/.test(url))).toBe(true);
  });

  test('logs no console error and throws no page error', () => {
    expect(pages.flatMap((page) => page.errors)).toEqual([]);
  });
});
