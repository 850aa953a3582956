/**
 * The verifier, name variants in search and the concordance in Chromium (issue 12).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concordance } from '../../src/lib/concordance/lookup.ts';
import { launchBrowser, openPage } from '../support/browser.ts';

const DIST = resolve(import.meta.dirname, '../../dist');
const quotes = parse(readFileSync(resolve(import.meta.dirname, '../fixtures/quotes.yaml'), 'utf8')) as Record<
  'exact' | 'changed' | 'dropped' | 'straight',
  string
>[];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the quote verifier', () => {
  it('gives the right verdict for every quote test in its four forms', async () => {
    const { page } = await openPage(browser, '/verify/');
    const expected = {
      exact: /^Verbatim:/u,
      straight: /^Verbatim(?: with cuts)?:/u,
      // Words dropped inside the quote are cuts; a quote that only leaves out its sentence's ends is verbatim.
      dropped: /^Verbatim(?: with cuts)?:/u,
      changed: /^Close paraphrase:/u,
    } as const;
    const wrong: string[] = [];
    for (const quote of quotes) {
      for (const form of ['exact', 'straight', 'dropped', 'changed'] as const) {
        await page.evaluate(() => {
          (document.getElementById('verify-status') as HTMLElement).textContent = '';
        });
        await page.fill('#verify-quote', quote[form]);
        await page.getByRole('button', { name: 'Verify' }).click();
        await page.waitForFunction(() => {
          const text = document.getElementById('verify-status')?.textContent ?? '';
          return text !== '' && text !== 'Checking…';
        });
        const verdict = (await page.locator('#verify-status').textContent()) ?? '';
        if (!expected[form].test(verdict)) wrong.push(`${form}: “${quote[form]}” → ${verdict}`);
      }
    }
    expect(wrong).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('says so when a quote is in no transcript', async () => {
    const { page } = await openPage(
      browser,
      `/verify/?quote=${encodeURIComponent('The penguins of Antarctica elected a new parliament on Tuesday.')}`,
    );
    await page.waitForFunction(() => /Not found/u.test(document.getElementById('verify-status')?.textContent ?? ''));
    await page.context().close();
  });
});

describe('spellings of one name', () => {
  for (const [typed, printed] of [
    ['Pashinian', 'Pashinyan'],
    ['Shushi', 'Shusha'],
    ['Karabagh', 'Karabakh'],
  ] as const) {
    it(`finds “${printed}” for “${typed}”, and claims every word only where it is`, async () => {
      const { page } = await openPage(browser, `/search/?q=${typed}`);
      await page.waitForSelector('#results[data-state="done"] .result');
      const excerpts = await page.locator('.result-excerpt').allTextContents();
      expect(excerpts.some((text) => text.includes(printed))).toBe(true);
      await page.context().close();
    });
  }
});

describe('browsing with filters and no words', () => {
  it('lists one speaker’s answers on a topic', async () => {
    const { page } = await openPage(browser, '/search/?speaker=ilham-aliyev&topic=turkey&part=answer');
    await page.waitForSelector('#results[data-state="done"] .result');
    const links = await page.locator('.result-link').allTextContents();
    const meta = await page.locator('.result-meta').allTextContents();
    expect(links.length).toBeGreaterThan(3);
    expect(links.every((text) => text.startsWith('Ilham Aliyev, in'))).toBe(true);
    expect(meta.every((text) => text.startsWith('Answer'))).toBe(true);
    expect(await page.locator('#search-status').textContent()).toMatch(/match the filters/u);
    await page.context().close();
  });
});

describe('the concordance', () => {
  it('lists every occurrence of “ceasefire”, as its index holds them', async () => {
    const lookup = await concordance(async (path) =>
      JSON.parse(readFileSync(resolve(DIST, 'concordance', path), 'utf8')),
    ).lookup('ceasefire');
    expect(lookup.complete).toBe(true);
    const { page } = await openPage(browser, '/concordance/?w=ceasefire');
    await page.waitForFunction(() =>
      /occurrences/u.test(document.getElementById('concordance-status')?.textContent ?? ''),
    );
    expect(await page.locator('#concordance-status').textContent()).toBe(
      `${lookup.total} of ${lookup.total} occurrences.`,
    );
    expect(await page.locator('#concordance-lines tr').count()).toBe(lookup.total);
    await page.selectOption('select[name="sort"]', 'left');
    expect(await page.locator('#concordance-lines tr').count()).toBe(lookup.total);
    await page.context().close();
  });
});
