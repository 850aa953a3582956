/**
 * On a 390-pixel phone (issue 11): no page scrolls sideways, the ¶ link is a target of at least
 * 24 by 24 pixels (WCAG 2.2), and a passage reached by its link shows its speaker above it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('on a phone', () => {
  for (const path of [
    '/',
    '/topics/',
    '/outlets/',
    '/speakers/',
    '/interviews/2020-11-06-bbc-news/',
    '/search/?q=ceasefire',
    '/about/sources/',
    '/echoes/',
    '/questions/',
  ]) {
    it(`shows ${path} without scrolling sideways`, async () => {
      const { page } = await openPage(browser, path, PHONE);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.context().close();
    });
  }

  it('gives the ¶ link a target of at least 24 by 24 pixels, and keeps the speaker in view above a linked passage', async () => {
    const { page } = await openPage(browser, '/interviews/2020-11-06-bbc-news/#p-cjhkc7hb', PHONE);
    const box = await page.locator('[id="p-cjhkc7hb"] a.permalink').boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect(box?.height).toBeGreaterThanOrEqual(24);
    const top = await page.locator('[id="p-cjhkc7hb"]').evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(40);
    await page.context().close();
  });
});
