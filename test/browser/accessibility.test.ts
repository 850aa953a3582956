/**
 * WCAG 2.2 A/AA in real Chromium with axe-core, on every page type, in the
 * light and the dark theme; and no request to any other host while browsing
 * and searching.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/lib/corpus/schema.ts';
import { launchBrowser, openPage, siteUrl } from '../support/browser.ts';

const corpus = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../dist/data/corpus.json'), 'utf8')) as Corpus;
const bbc = corpus.documents.find((document) => document.id === '2020-11-06-bbc-news')!;
const passages = bbc.turns.flatMap((turn) => turn.passages);

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'list', path: '/interviews/' },
  { name: 'interview', path: bbc.url },
  { name: 'interview at a passage', path: `${bbc.url}#${passages[30]!.id}` },
  { name: 'interview at a range', path: `${bbc.url}#${passages[30]!.id}..${passages[34]!.id}` },
  { name: 'speaker', path: '/speakers/ilham-aliyev/' },
  { name: 'journalist', path: '/speakers/2020-11-06-bbc-news-interviewer/' },
  { name: 'outlet', path: '/outlets/bbc-news/' },
  { name: 'topic', path: '/topics/ceasefire/' },
  { name: 'dates', path: '/dates/' },
  { name: 'year', path: '/dates/2020/' },
  { name: 'search with results', path: '/search/?q=ceasefire' },
  { name: 'about', path: '/about/' },
  { name: 'indexes', path: '/speakers/' },
  { name: 'not found', path: '/no-such-page/' },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const { name, path } of PAGES) {
      it(`finds no violation on the ${name} page in the ${colorScheme} theme`, async () => {
        const { page } = await openPage(browser, path, { colorScheme });
        if (path.startsWith('/search/')) await page.waitForSelector('#results[data-state="done"] .result');
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(
          violations.map(
            (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          ),
        ).toEqual([]);
        await page.context().close();
      });
    }
  }
});

describe('no other host', () => {
  it('is asked for anything while a reader browses, searches and follows a result', async () => {
    const { page, requests, errors } = await openPage(browser, '/');
    // Each click waits for the page it leads to: typing into the page being left would lose the words.
    await page.getByRole('link', { name: 'Topics' }).first().click();
    await page.waitForURL(/\/topics\/$/u);
    await page.getByRole('link', { name: 'Ceasefire' }).first().click();
    await page.waitForURL(/\/topics\/ceasefire\/$/u);
    await page.locator('blockquote a[href*="#p-"]').first().click();
    await page.waitForURL(/\/interviews\/.+#p-/u);
    await page.fill('#site-search-q', 'Minsk Group co-chairs');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=Minsk/u);
    await page.waitForSelector('#results[data-state="done"]');
    // Should no result show, the message says why: what the page told the reader, what it failed on.
    const found = await page.locator('#results .result').count();
    if (found === 0) {
      const status = await page.locator('#search-status').allTextContents();
      expect.fail(
        `no result for “Minsk Group co-chairs”; the page said ${JSON.stringify(status)}; errors: ${JSON.stringify(errors)}`,
      );
    }
    await page.locator('.result-link').first().click();
    await page.waitForURL(/#p-/u);
    const origin = new URL(siteUrl()).origin;
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    await page.context().close();
  });
});
