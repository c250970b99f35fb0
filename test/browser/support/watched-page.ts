import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';

/** Where tests leave screenshots (git-ignored). */
export const SCREENSHOTS = join(process.cwd(), '.data', 'screenshots');

export interface WatchedPage {
  page: Page;
  /** Every URL the page requested (documents, scripts, workers, fetches), in order. */
  requests: string[];
  /** Console errors and uncaught page errors, as text. */
  errors: string[];
  /** Saves the whole page (or only the viewport) as .data/screenshots/<name>.png. */
  screenshot(name: string, options?: { fullPage: boolean }): Promise<void>;
  close(): Promise<void>;
}

/** True for URLs that never leave the machine: loopback hosts, and data:/blob: URLs. */
export function staysLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
}

/**
 * A page whose every request is recorded (and refused when it would leave loopback, so a test can never
 * depend on the internet), and whose console errors and page errors are collected.
 */
export async function watchedPage(browser: Browser, viewport: { width: number; height: number }): Promise<WatchedPage> {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const requests: string[] = [];
  const errors: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    requests.push(request.url());
    if (staysLocal(request.url())) void request.continue();
    else void request.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url ?? 'page'})`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${(error as Error).message ?? String(error)}`));
  page.on('requestfailed', (request) => {
    // A navigation away (or a newer request) cancels in-flight fetches; those are not failures.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  return {
    page,
    requests,
    errors,
    async screenshot(name, { fullPage } = { fullPage: true }) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
    },
    close: () => page.close(),
  };
}
