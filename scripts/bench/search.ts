/**
 * Search as a reader meets it, in Chromium: time to the first result on screen and kilobytes
 * fetched for the search (Pagefind's runtime, index, fragments and Parley's word list; the page's
 * own HTML, styles and scripts excluded), cold (a fresh browser context) and warm (a second query
 * on the same page). The same queries on Parley's search page and on Pagefind's default interface
 * over the bare site.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface QueryForm {
  label: string;
  /** The cold query and the warm one (another of the same form). */
  cold: string;
  warm: string;
}

export interface SearchFigures {
  coldMs: number;
  coldKb: number;
  warmMs: number;
  warmKb: number;
}

/** Bytes of the search's own requests, counted as they finish (the worker's too: the context sees them). */
function countBytes(context: BrowserContext, isSearch: (url: string) => boolean): { kb: () => number } {
  let bytes = 0;
  context.on('requestfinished', async (request) => {
    if (!isSearch(request.url())) return;
    const sizes = await request.sizes().catch(() => null);
    if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  return { kb: () => bytes / 1024 };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

export async function parleySearch(browser: Browser, url: string, form: QueryForm): Promise<SearchFigures> {
  // Without the service worker: it would fetch each file a second time as the page asks for it
  // (both counted), and the bare site has none. What it saves is measured by the offline test.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const counter = countBytes(context, (address) => address.includes('/pagefind/'));
  let started = performance.now();
  await page.goto(`${url}/search/?q=${encodeURIComponent(form.cold)}`);
  await page.waitForSelector('#results[data-state="done"] .result', { timeout: 120_000 });
  const coldMs = performance.now() - started;
  await settle();
  const coldKb = counter.kb();
  await page.evaluate(() => {
    (document.getElementById('results') as HTMLElement).dataset.state = 'stale';
  });
  await page.fill('#search-q', form.warm);
  started = performance.now();
  await page.press('#search-q', 'Enter');
  await page.waitForSelector('#results[data-state="done"] .result', { timeout: 120_000 });
  const warmMs = performance.now() - started;
  await settle();
  const warmKb = counter.kb() - coldKb;
  await context.close();
  return { coldMs, coldKb, warmMs, warmKb };
}

async function firstBareResult(page: Page, query: string): Promise<void> {
  const before = await page.evaluate(
    () => document.querySelector('.pagefind-ui__result-link')?.getAttribute('href') ?? '',
  );
  await page.evaluate(
    (q) => (window as unknown as { ui: { triggerSearch: (q: string) => void } }).ui.triggerSearch(q),
    query,
  );
  // The first result of this search on screen: a result link, other than the previous search's first.
  await page.waitForFunction(
    (previous) => {
      const first = document.querySelector('.pagefind-ui__result-link')?.getAttribute('href') ?? '';
      return first !== '' && first !== previous;
    },
    before,
    { timeout: 120_000 },
  );
}

export async function bareSearch(browser: Browser, url: string, form: QueryForm): Promise<SearchFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The default interface's own script and styles are its page assets, as Parley's search script is.
  const counter = countBytes(
    context,
    (address) => address.includes('/pagefind/') && !/pagefind-ui\.(?:js|css)$/u.test(address),
  );
  let started = performance.now();
  await page.goto(`${url}/search/`);
  await firstBareResult(page, form.cold);
  const coldMs = performance.now() - started;
  await settle();
  const coldKb = counter.kb();
  started = performance.now();
  await firstBareResult(page, form.warm);
  const warmMs = performance.now() - started;
  await settle();
  const warmKb = counter.kb() - coldKb;
  await context.close();
  return { coldMs, coldKb, warmMs, warmKb };
}
