/**
 * Quote search in real Chromium against the built site: remembered quotes in
 * four forms rank their passage first, filters narrow, the URL holds the
 * search, a result lands on its highlighted passage, and nothing is fetched
 * from another host.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/lib/corpus/schema.ts';
import { launchBrowser, openPage, siteUrl } from '../support/browser.ts';

interface Quote {
  document: string;
  exact: string;
  changed: string;
  dropped: string;
  straight: string;
}

const corpus = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../dist/data/corpus.json'), 'utf8')) as Corpus;
const quotes = parse(readFileSync(resolve(import.meta.dirname, '../fixtures/quotes.yaml'), 'utf8')) as Quote[];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Types the query into the search page's box and waits for this search's results. */
async function search(page: Page, query: string): Promise<{ hrefs: string[]; status: string }> {
  await page.evaluate(() => {
    (document.getElementById('results') as HTMLElement).dataset.state = 'stale';
  });
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForSelector('#results[data-state="done"]');
  return results(page);
}

async function results(page: Page) {
  const hrefs = await page
    .locator('.result-link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return { hrefs, status: (await page.locator('#search-status').textContent()) ?? '' };
}

const squash = (text: string) => text.replace(/\s+/gu, ' ');

describe('quote search', () => {
  it('has at least 15 quotes from different documents to try', () => {
    expect(new Set(quotes.map((quote) => quote.document)).size).toBeGreaterThanOrEqual(15);
  });

  it('ranks the right passage first for every quote: exact, two words changed, words dropped, straight quotes', async () => {
    const { page } = await openPage(browser, '/search/');
    const misses: string[] = [];
    for (const quote of quotes) {
      const document = corpus.documents.find((candidate) => candidate.id === quote.document);
      const passage = document?.turns
        .flatMap((turn) => turn.passages)
        .find((candidate) => squash(candidate.text).includes(squash(quote.exact)));
      expect(passage, `${quote.document} holds “${quote.exact}”`).toBeDefined();
      for (const form of ['exact', 'changed', 'dropped', 'straight'] as const) {
        const { hrefs } = await search(page, quote[form]);
        const rank = hrefs.findIndex((href) => href.endsWith(`#${passage!.id}`));
        if (rank !== 0) misses.push(`${quote.document} (${form}): rank ${rank} for “${quote[form]}”`);
      }
    }
    expect(misses).toEqual([]);
    await page.context().close();
  });

  it('finds an exact phrase in quotation marks, and says when none holds it', async () => {
    const { page } = await openPage(browser, '/search/');
    const found = await search(page, '"Armenia doesn’t want peace"');
    expect(found.status).toMatch(/1 passage holds this exact phrase/u);
    const none = await search(page, '"Armenia wants peace doesn’t"');
    expect(none.status).toMatch(/No passage holds every word|passages? holds? every word/u);
    expect(none.status).not.toMatch(/exact phrase/u);
    await page.context().close();
  });
});

describe('search filters and the URL', () => {
  it('narrow the results to the chosen speaker, part, year and kind', async () => {
    const { page } = await openPage(browser, '/search/?q=Armenia');
    await page.waitForSelector('#results[data-state="done"]');
    const meta = () => page.locator('.result-meta').allTextContents();
    const links = () => page.locator('.result-link').allTextContents();
    expect((await links()).length).toBeGreaterThan(5);

    await page.selectOption('select[name="speaker"]', { label: 'BBC News interviewer (6 November 2020)' });
    await page.waitForSelector('#results[data-state="done"]');
    const asked = await links();
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((text) => text.startsWith('BBC News interviewer, in'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('speaker')).toBe('2020-11-06-bbc-news-interviewer');

    await page.selectOption('select[name="speaker"]', '');
    await page.selectOption('select[name="part"]', 'Question');
    await page.waitForSelector('#results[data-state="done"]');
    const questions = await meta();
    expect(questions.length).toBeGreaterThan(5);
    expect(questions.every((text) => text.startsWith('Question ·'))).toBe(true);

    await page.selectOption('select[name="part"]', '');
    await page.selectOption('select[name="year"]', '2023');
    await page.waitForSelector('#results[data-state="done"]');
    const dated = await meta();
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every((text) => /2023/u.test(text))).toBe(true);

    await page.selectOption('select[name="year"]', '');
    await page.selectOption('select[name="kind"]', 'Meeting');
    await page.waitForSelector('#results[data-state="done"]');
    const meetings = await links();
    expect(meetings.length).toBeGreaterThan(0);
    expect(meetings.every((text) => text.includes('President Aliyev recalls'))).toBe(true);
    await page.context().close();
  });

  it('restores the same search from a shared URL, and the back button returns to the previous search', async () => {
    const shared = '/search/?q=ceasefire+humanitarian&speaker=ilham-aliyev&sort=oldest';
    const first = await openPage(browser, shared);
    await first.page.waitForSelector('#results[data-state="done"]');
    const expected = await results(first.page);
    expect(expected.hrefs.length).toBeGreaterThan(1);
    await first.page.context().close();

    const { page } = await openPage(browser, shared);
    await page.waitForSelector('#results[data-state="done"]');
    expect(await page.inputValue('#search-q')).toBe('ceasefire humanitarian');
    expect(await page.inputValue('select[name="speaker"]')).toBe('ilham-aliyev');
    expect(await page.inputValue('select[name="sort"]')).toBe('oldest');
    expect(await results(page)).toEqual(expected);

    await search(page, 'Minsk Group co-chairs');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Minsk Group co-chairs');
    await page.evaluate(() => {
      (document.getElementById('results') as HTMLElement).dataset.state = 'stale';
    });
    await page.goBack();
    await page.waitForSelector('#results[data-state="done"]');
    expect(await page.inputValue('#search-q')).toBe('ceasefire humanitarian');
    expect(await results(page)).toEqual(expected);
    await page.context().close();
  });

  it('sorts by date when asked, oldest or newest first', async () => {
    for (const [sort, order] of [
      ['newest', -1],
      ['oldest', 1],
    ] as const) {
      // Three telling words: the query that goes through re-ranking must still come out in date order.
      const { page } = await openPage(browser, `/search/?q=Armenia+peace+negotiations&sort=${sort}`);
      await page.waitForSelector('#results[data-state="done"]');
      const days = await page
        .locator('.result-meta time')
        .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
      expect(days.length).toBeGreaterThan(2);
      const sorted = [...days].sort((a, b) => order * a.localeCompare(b));
      expect(days, sort).toEqual(sorted);
      expect(new Set(days).size).toBeGreaterThan(1);
      await page.context().close();
    }
  });

  it('loads the date order only when a search is sorted by date, and once for both orders', async () => {
    const { page, requests } = await openPage(browser, '/search/?q=Armenia+peace+negotiations');
    await page.waitForSelector('#results[data-state="done"]');
    const dateOrderLoads = () => requests.filter((url) => new URL(url).pathname.endsWith('/date-order.json')).length;
    const days = () =>
      page
        .locator('.result-meta time')
        .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    const sortBy = async (sort: string) => {
      await page.evaluate(() => {
        (document.getElementById('results') as HTMLElement).dataset.state = 'stale';
      });
      await page.selectOption('select[name="sort"]', sort);
      await page.waitForSelector('#results[data-state="done"]');
    };
    expect((await days()).length).toBeGreaterThan(0);
    expect(dateOrderLoads()).toBe(0);

    await sortBy('oldest');
    const oldest = await days();
    expect(oldest.length).toBeGreaterThan(2);
    expect(oldest).toEqual([...oldest].sort());
    const loaded = dateOrderLoads();
    expect(loaded).toBeGreaterThan(0);

    await sortBy('newest');
    const newest = await days();
    expect(newest).toEqual([...newest].sort().reverse());
    expect(newest[0]! > oldest[0]!).toBe(true);
    await sortBy('relevance');
    expect(dateOrderLoads()).toBe(loaded);
    await page.context().close();
  });
});

describe('a search result', () => {
  it('lands on its passage, highlighted, with the searched words marked', async () => {
    const { page, requests } = await openPage(browser, '/search/?q=' + encodeURIComponent('chestnuts out of the fire'));
    await page.waitForSelector('#results[data-state="done"]');
    await page.locator('.result-link').first().click();
    await page.waitForURL(/#p-/u);
    const id = new URL(page.url()).hash.slice(1);
    const passage = page.locator(`[id="${id}"]`);
    expect(await passage.evaluate((element) => element.matches(':target'))).toBe(true);
    expect(await passage.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['chestnuts', 'fire']));
    const origin = new URL(siteUrl()).origin;
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    await page.context().close();
  });

  it('says so on the search page when JavaScript is off, and points to the browse pages', async () => {
    const { page } = await openPage(browser, '/search/?q=peace', { javaScriptEnabled: false });
    const notice = page.locator('.notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/needs JavaScript/u);
    expect(await notice.locator('a').count()).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });
});
