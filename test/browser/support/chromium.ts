import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

/** Debian's chromium, unless PUPPETEER_EXECUTABLE_PATH names another Chrome or Chromium. */
export const chromiumPath = process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium';

/**
 * Why browser tests cannot run here, or null when they can. Only a developer machine without chromium
 * skips them; in CI (CI set) a missing browser fails the run, as `.ci/run` installs it.
 */
export function browserUnavailable(): string | null {
  if (existsSync(chromiumPath) || process.env.CI) return null;
  return `browser tests skipped: no chromium at ${chromiumPath} (apt-get install chromium, or set PUPPETEER_EXECUTABLE_PATH); they run whenever CI is set`;
}

export interface Chromium {
  browser: Browser;
  close(): Promise<void>;
}

/** A headless chromium on a throwaway profile, with nothing that phones home (updates, sync, QUIC probes). */
export async function launchChromium(): Promise<Chromium> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'ics-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    userDataDir,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
