/**
 * Search benchmark (figures, not a test): for a few queries, the time from
 * opening /search/?q=… to the first result, and the bytes fetched, cold (empty
 * cache) and warm (a second query on the same page). Run after `npm run build`:
 * `npm run bench:search`.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './support/chromium.ts';
import { serveStatic } from './support/static-server.ts';

const QUERIES = [
  { label: 'exact phrase in quotes', q: '"Armenia doesn’t want peace"' },
  {
    label: 'quote, two words changed',
    q: 'That is why this is a very shameless attempt to pull someone’s chestnuts out of the fire',
  },
  { label: 'quote, words dropped', q: 'close that page of a military solution move to the political solutions' },
  { label: 'one word', q: 'ceasefire' },
  { label: 'two words, speaker filter', q: 'Minsk Group', params: '&speaker=ilham-aliyev' },
];

async function measure(page: Page, bytes: { total: number; search: number }, act: () => Promise<unknown>) {
  const before = { ...bytes };
  const started = performance.now();
  await act();
  await page.waitForSelector('#results[data-state="done"] .result');
  return {
    ms: Math.round(performance.now() - started),
    kb: (bytes.total - before.total) / 1024,
    searchKb: (bytes.search - before.search) / 1024,
  };
}

const { url, server } = await serveStatic(resolve('dist'));
const browser = await launchChromium();
const rows: string[][] = [];
for (const query of QUERIES) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes = { total: 0, search: 0 };
  // Pagefind fetches from a web worker: the context sees those requests too, the page alone would not.
  context.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    const size = sizes.responseBodySize + sizes.responseHeadersSize;
    bytes.total += size;
    if (request.url().includes('/pagefind/')) bytes.search += size;
  });
  const cold = await measure(page, bytes, () =>
    page.goto(`${url}/search/?q=${encodeURIComponent(query.q)}${query.params ?? ''}`),
  );
  const warm = await measure(page, bytes, async () => {
    await page.evaluate(() => {
      (document.getElementById('results') as HTMLElement).dataset.state = 'stale';
    });
    await page.fill('#search-q', `${query.q} Azerbaijan`);
    await page.press('#search-q', 'Enter');
  });
  rows.push([
    query.label,
    `${cold.ms}`,
    cold.kb.toFixed(0),
    cold.searchKb.toFixed(0),
    `${warm.ms}`,
    warm.kb.toFixed(1),
  ]);
  await context.close();
}
await browser.close();
server.close();

const header = ['query', 'cold ms', 'cold KB', 'of which index KB', 'warm ms', 'warm KB'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: string[]) => cells.map((cell, column) => cell.padStart(widths[column]!)).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log('cold: a fresh browser opens /search/?q=… (page, script, Pagefind and the index chunks it needs);');
console.log('warm: a second query typed on the same page (the query plus " Azerbaijan").');
