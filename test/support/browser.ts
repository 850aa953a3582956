/**
 * Real Chromium for browser tests: Debian's `chromium` (or CHROMIUM_PATH),
 * driven by playwright-core, never a downloaded browser.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/support/chromium.ts';
import { inject } from 'vitest';

export const siteUrl = () => inject('siteUrl');

export const launchBrowser = launchChromium;

/** A page whose every request is recorded, so a test can assert nothing left the site. */
export async function openPage(
  browser: Browser,
  path: string,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({ baseURL: siteUrl(), ...options });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  // The context, not the page, also sees what Pagefind's web worker fetches.
  context.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(path);
  return { page, requests, errors };
}
