/**
 * The site as a newsroom or a library publishes it (issue 11): built for
 * https://example.org/archive/ and served under /archive/, it names no other host, every link
 * and asset stays under its base path, its sitemap lists every page, and a passage's citation in
 * every format parses back with the right speaker, date, outlet and address.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
// @ts-expect-error -- citation-js ships no type declarations
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { ARCHIVE } from './support/global-setup.ts';
import { checkLinks, filesUnder } from './support/links.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, 'dist-archive');
const SITE = `${ARCHIVE.site}${ARCHIVE.base}`;
const archiveUrl = () => inject('archiveUrl');

describe('a site built for its own address and base path', () => {
  it('names no localhost anywhere', () => {
    const text = filesUnder(DIST).filter((file) => /\.(?:html|js|css|xml|json|jsonl|csv|txt)$/u.test(file));
    const named = text.filter((file) => readFileSync(file, 'utf8').includes('localhost'));
    expect(named).toEqual([]);
  });

  it('keeps every link inside the base path, and breaks none', () => {
    const { pages, broken } = checkLinks(DIST, ARCHIVE.base);
    expect(pages).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it('gives every page its canonical address, and lists every page in the sitemap', () => {
    const page = readFileSync(resolve(DIST, 'interviews/2020-10-02-al-jazeera/index.html'), 'utf8');
    expect(page).toContain(`<link rel="canonical" href="${SITE}interviews/2020-10-02-al-jazeera/">`);
    const sitemap = readFileSync(resolve(DIST, 'sitemap-0.xml'), 'utf8');
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((match) => match[1]));
    const pages = filesUnder(DIST, 'index.html').map(
      (file) => `${SITE}${file.slice(DIST.length + 1).replace(/index\.html$/u, '')}`,
    );
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter((url) => !listed.has(url))).toEqual([]);
    expect(readFileSync(resolve(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
  });

  it('publishes a feed of the newest documents and reference-manager meta on each', () => {
    const feed = readFileSync(resolve(DIST, 'feed.xml'), 'utf8');
    expect(feed).toContain(`<link>${SITE}interviews/`);
    const page = readFileSync(resolve(DIST, 'interviews/2020-10-02-al-jazeera/index.html'), 'utf8');
    expect(page).toContain('<meta name="citation_author" content="Ilham Aliyev">');
    expect(page).toContain('<meta name="citation_date" content="2020/10/02">');
    expect(page).toContain('<meta name="citation_publisher" content="Al Jazeera">');
    expect(page).toContain(`<meta property="og:url" content="${SITE}interviews/2020-10-02-al-jazeera/">`);
  });

  it('publishes every passage as CSV and JSON Lines, with its permanent address', () => {
    const rows = readFileSync(resolve(DIST, 'data/passages.jsonl'), 'utf8').trim().split('\n');
    const corpus = JSON.parse(readFileSync(resolve(DIST, 'data/corpus.json'), 'utf8')) as {
      documents: { turns: { passages: unknown[] }[] }[];
    };
    expect(rows).toHaveLength(
      corpus.documents.reduce((sum, d) => sum + d.turns.reduce((n, t) => n + t.passages.length, 0), 0),
    );
    const first = JSON.parse(rows[0] as string) as Record<string, unknown>;
    expect(Object.keys(first)).toEqual([
      'document',
      'passage',
      'date',
      'outlet',
      'speaker',
      'role',
      'topics',
      'text',
      'url',
    ]);
    expect(first.url).toBe(`${SITE}interviews/${first.document}/#${first.passage}`);
    const csv = readFileSync(resolve(DIST, 'data/passages.csv'), 'utf8');
    expect(csv.startsWith('document,passage,date,outlet,speaker,role,topics,text,url\r\n')).toBe(true);
  });
});

describe('the published site in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('styles its pages, lands on a passage and searches, all under the base path and this host only', async () => {
    const context = await browser.newContext({ baseURL: archiveUrl() });
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    await page.goto('/archive/interviews/2020-10-02-al-jazeera/#p-xa7hrrdv');
    const passage = page.locator('[id="p-xa7hrrdv"]');
    expect(await passage.evaluate((element) => element.matches(':target'))).toBe(true);
    expect(await page.locator('.site-header').evaluate((element) => getComputedStyle(element).display)).not.toBe(
      'inline',
    );
    await page.goto('/archive/search/?q=chestnuts+out+of+the+fire');
    await page.waitForSelector('#results[data-state="done"] .result');
    const href = await page.locator('.result-link').first().getAttribute('href');
    expect(href).toMatch(/^\/archive\/interviews\/[^/]+\/\?highlight=.*#p-/u);
    const origin = new URL(archiveUrl()).origin;
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(requests.filter((url) => !new URL(url).pathname.startsWith(ARCHIVE.base))).toEqual([]);
    await context.close();
  });

  it('cites a passage in four formats that parse back with speaker, date, outlet and address', async () => {
    const context = await browser.newContext({
      baseURL: archiveUrl(),
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    await page.goto('/archive/interviews/2020-10-02-al-jazeera/');
    const passage = page.locator('[id="p-xa7hrrdv"]');
    await passage.hover();
    await passage.getByRole('button', { name: 'Cite' }).click();
    const dialog = page.getByRole('dialog');
    const texts = await dialog.locator('.cite-text').allTextContents();
    expect(texts).toHaveLength(4);
    const [human, csl, bib, risText] = texts as [string, string, string, string];
    const url = `${SITE}interviews/2020-10-02-al-jazeera/#p-xa7hrrdv`;
    expect(human).toContain('Ilham Aliyev: “Very glad to see you.”');
    expect(human).toContain(url);
    for (const source of [csl, bib, risText]) {
      const item = new Cite(source).data[0] as Record<string, unknown>;
      expect(item.author).toEqual([expect.objectContaining({ family: 'Aliyev', given: 'Ilham' })]);
      expect((item.issued as { 'date-parts': number[][] })['date-parts'][0]).toEqual([2020, 10, 2]);
      expect(item['container-title'] ?? item.publisher).toMatch(/Al Jazeera/u);
      expect(item.URL).toBe(url);
    }
    await context.close();
  });
});
