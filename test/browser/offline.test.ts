/**
 * Offline that never lies (issue 11): after "Save the search", the quote tests give the same
 * first results with the network gone; without it, a search offline says it is incomplete
 * instead of claiming no passage matches.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, siteUrl } from '../support/browser.ts';

const quotes = parse(readFileSync(resolve(import.meta.dirname, '../fixtures/quotes.yaml'), 'utf8')) as {
  exact: string;
  changed: string;
}[];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function firstResults(page: Page, query: string): Promise<{ hrefs: string[]; status: string }> {
  await page.evaluate(() => {
    (document.getElementById('results') as HTMLElement).dataset.state = 'stale';
  });
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForSelector('#results[data-state="done"]', { state: 'attached' });
  const hrefs = await page
    .locator('.result-link')
    .evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href') ?? ''));
  return { hrefs, status: (await page.locator('#search-status').textContent()) ?? '' };
}

/** A search sorted by date, whose order comes from a file of its own (src/lib/search/date-order.ts). */
const SORTED_QUERY = 'ceasefire humanitarian';

/** The first results of a search in a browser of its own, online and with nothing saved. */
async function firstResultsOnline(path: string, query: string): Promise<string[]> {
  const context = await browser.newContext({ baseURL: siteUrl(), serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(path);
  const { hrefs } = await firstResults(page, query);
  await context.close();
  return hrefs;
}

describe('offline search', () => {
  it('gives the same first results offline as online once the search is saved', async () => {
    const sortedOnline = firstResultsOnline('/search/?sort=oldest', SORTED_QUERY);
    const context = await browser.newContext({ baseURL: siteUrl() });
    const page = await context.newPage();
    await page.goto('/search/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    const saveButton = page.getByRole('button', { name: /^Save the search \(/u });
    const offered = (await saveButton.textContent())?.trim();
    const savingStarted = performance.now();
    await saveButton.click();
    await page.waitForFunction(
      () => /^Saved:/u.test(document.querySelector('#offline [role="status"]')?.textContent ?? ''),
      null,
      { timeout: 60_000 },
    );
    const savingMs = performance.now() - savingStarted;
    const saved = (await page.locator('#offline [role="status"]').textContent())?.trim();
    const sample = quotes.slice(0, 6).flatMap((quote) => [quote.exact, quote.changed]);
    const online: string[][] = [];
    for (const query of sample) online.push((await firstResults(page, query)).hrefs);
    await context.setOffline(true);
    await page.reload();
    const offline: string[][] = [];
    const offlineStarted = performance.now();
    for (const query of sample) {
      const found = await firstResults(page, query);
      expect(found.status).not.toMatch(/incomplete|offline/u);
      offline.push(found.hrefs);
    }
    const offlineMs = (performance.now() - offlineStarted) / sample.length;
    // Every quote test finds its passage online, so "the same results" cannot be two empty lists.
    expect(online.every((hrefs) => hrefs.length > 0)).toBe(true);
    expect(offline).toEqual(online);
    // Sorted by date: its date order was saved with the search, though no search above fetched it.
    await page.selectOption('select[name="sort"]', 'oldest');
    await page.waitForSelector('#results[data-state="done"]', { state: 'attached' });
    const sortedOffline = await firstResults(page, SORTED_QUERY);
    expect(sortedOffline.status).not.toMatch(/incomplete|offline|could not/u);
    expect(sortedOffline.hrefs).toEqual(await sortedOnline);
    // Figures for the record, not assertions: what was offered and saved, and how long it took.
    console.log(
      `offline: “${offered}” → “${saved}” in ${(savingMs / 1000).toFixed(1)} s; ${sample.length} quote searches offline, ` +
        `each with the same first three results as online, ${offlineMs.toFixed(0)} ms each on average`,
    );
    await context.close();
  }, 180_000);

  it('says the search is incomplete offline when the index was not saved, never that nothing matches', async () => {
    const context = await browser.newContext({ baseURL: siteUrl() });
    const page = await context.newPage();
    await page.goto('/search/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await context.setOffline(true);
    const { status } = await firstResults(page, quotes[1]?.exact ?? 'ceasefire');
    expect(status).toMatch(/incomplete|offline/u);
    expect(status).not.toMatch(/No passage matches/u);
    await context.close();
  }, 120_000);
});
