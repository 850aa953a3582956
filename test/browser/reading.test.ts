/**
 * Reading and citing in real Chromium: passage permalinks scroll to and
 * highlight their passage (with and without JavaScript), a range link
 * highlights its span, "Copy link" and "Cite" copy what they say, every page
 * type shows its key content, and the ¶ link is reachable by keyboard alone.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus, CorpusDocument } from '../../src/lib/corpus/schema.ts';
import { launchBrowser, openPage, siteUrl } from '../support/browser.ts';

const corpus = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../dist/data/corpus.json'), 'utf8')) as Corpus;
const bbc = corpus.documents.find((candidate) => candidate.id === '2020-11-06-bbc-news') as CorpusDocument;
const passages = bbc.turns.flatMap((turn) => turn.passages.map((passage) => ({ turn, passage })));
const deep = passages[120]!;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Whether the element is inside the viewport, and its highlight colour differs from the page's. */
async function shownAndHighlighted(page: Page, id: string) {
  return page.locator(`[id="${id}"]`).evaluate((element) => {
    const box = element.getBoundingClientRect();
    const background = getComputedStyle(element).backgroundColor;
    const pageBackground = getComputedStyle(document.body).backgroundColor;
    return {
      inView: box.top >= 0 && box.top < window.innerHeight,
      highlighted: background !== 'rgba(0, 0, 0, 0)' && background !== pageBackground,
    };
  });
}

describe('passage permalinks', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`scroll to and highlight the passage ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async () => {
      const { page, errors } = await openPage(browser, `${bbc.url}#${deep.passage.id}`, { javaScriptEnabled });
      expect(await shownAndHighlighted(page, deep.passage.id)).toEqual({ inView: true, highlighted: true });
      const other = passages[119]!.passage.id;
      expect((await shownAndHighlighted(page, other)).highlighted).toBe(false);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('highlight every passage of a range link, and none outside it', async () => {
    const first = passages[40]!.passage.id;
    const last = passages[44]!.passage.id;
    const { page } = await openPage(browser, `${bbc.url}#${first}..${last}`);
    const highlighted = await page.locator('.passage.in-range').evaluateAll((elements) => elements.map((e) => e.id));
    expect(highlighted).toEqual(passages.slice(40, 45).map(({ passage }) => passage.id));
    expect(await shownAndHighlighted(page, first)).toEqual({ inView: true, highlighted: true });
    expect((await shownAndHighlighted(page, passages[45]!.passage.id)).highlighted).toBe(false);
    await page.context().close();
  });

  it('copy the exact URL of the passage with "Copy link", and a citation line with "Cite"', async () => {
    const { page } = await openPage(browser, bbc.url, { permissions: ['clipboard-read', 'clipboard-write'] });
    const passage = page.locator(`[id="${deep.passage.id}"]`);
    await passage.hover();
    await passage.getByRole('button', { name: 'Copy link' }).click();
    const url = `${siteUrl()}${bbc.url}#${deep.passage.id}`;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await expect.poll(() => page.getByRole('status').textContent()).toContain(url);

    await passage.getByRole('button', { name: 'Cite' }).click();
    const dialog = page.getByRole('dialog', { name: `Cite ${deep.passage.id}` });
    await dialog.getByRole('button', { name: 'Copy the citation' }).click();
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    const speaker = corpus.speakers.find((entry) => entry.id === deep.turn.speaker)!;
    // The whole passage, never cut: the reader chooses what to leave out.
    expect(citation).toContain(`${speaker.name}: “${deep.passage.text.replace(/\s+/gu, ' ')}”`);
    expect(citation).toContain('BBC News, 6 November 2020');
    expect(citation).toContain(`Parley, ${url}, accessed `);
    expect(await dialog.locator('.cite-text').count()).toBe(4);
    await page.context().close();
  });

  it('extend to a range when a second ¶ is shift-clicked', async () => {
    const first = passages[10]!.passage.id;
    const last = passages[13]!.passage.id;
    const { page } = await openPage(browser, `${bbc.url}#${first}`);
    const target = page.locator(`[id="${last}"]`);
    await target.hover();
    await target.locator('a.permalink').click({ modifiers: ['Shift'] });
    expect(new URL(page.url()).hash).toBe(`#${first}..${last}`);
    expect(await page.locator('.passage.in-range').count()).toBe(4);
    await page.context().close();
  });

  it('can be reached with the keyboard alone, and show when focused', async () => {
    const { page } = await openPage(browser, bbc.url);
    let focused = '';
    for (let presses = 0; presses < 120 && focused !== 'permalink'; presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLElement).className);
    }
    expect(focused).toBe('permalink');
    const link = page.locator('a.permalink:focus');
    expect(await link.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    await page.keyboard.press('Enter');
    const firstPassage = passages[0]!.passage.id;
    expect(new URL(page.url()).hash).toBe(`#${firstPassage}`);
    await page.context().close();
  });
});

describe('printing a transcript', () => {
  it('prints every passage with its id, and leaves out navigation and tools', async () => {
    const { page } = await openPage(browser, bbc.url);
    await page.emulateMedia({ media: 'print' });
    const firstId = page.locator('.passage-id').first();
    expect(await firstId.textContent()).toBe(passages[0]!.passage.id);
    expect(await firstId.evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThan(20);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.related').isVisible()).toBe(false);
    expect(await page.locator('.passage button').first().isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('every page type', () => {
  const aljazeera = corpus.documents.find((candidate) => candidate.id === '2020-10-02-al-jazeera')!;
  const cases: { path: string; heading: RegExp; shows: (string | RegExp)[] }[] = [
    { path: '/', heading: /Parley/, shows: ['30', 'documents', 'Latest', 'Themes', 'Timeline'] },
    { path: '/interviews/', heading: /All documents/, shows: ['November 2020', aljazeera.title] },
    { path: '/interviews/kind/meeting/', heading: /Meetings/, shows: ['25 May 2023'] },
    {
      path: aljazeera.url,
      heading: new RegExp(aljazeera.title),
      shows: ['2 October 2020', 'Al Jazeera', 'television, Qatar', 'Interviewer', 'words', 'Questions asked'],
    },
    {
      path: '/speakers/ilham-aliyev/',
      heading: /Ilham Aliyev/,
      shows: ['Documents', 'Topics', 'Everything they said, in time order', 'Page 1 of'],
    },
    { path: '/speakers/ilham-aliyev/page/2/', heading: /Ilham Aliyev/, shows: ['Everything they said, continued'] },
    {
      path: '/speakers/2020-11-06-bbc-news-interviewer/',
      heading: /BBC News interviewer/,
      shows: ['question passages', 'Question'],
    },
    { path: '/outlets/al-jazeera/', heading: /Al Jazeera/, shows: ['Qatar', 'television', aljazeera.title] },
    {
      path: '/topics/ceasefire/',
      heading: /Ceasefire/,
      shows: ['humanitarian ceasefire', 'Every passage, in time order'],
    },
    { path: '/dates/', heading: /Dates/, shows: ['2020', '2023', 'Documents per year', 'month not stated'] },
    { path: '/dates/2020/', heading: /2020/, shows: ['October 2020', '2 October 2020', 'Day not stated'] },
    {
      path: '/about/',
      heading: /About Parley/,
      shows: ['What was removed', 'Reporting a correction', 'Every removed line', 'Every source file'],
    },
    {
      path: '/about/removed/',
      heading: /What was removed/,
      shows: ['Latest news', 'navigation', /in the order the files hold\s+them/],
    },
    { path: '/about/sources/', heading: /Source files/, shows: ['001', 'dashes', 'interview'] },
    { path: '/speakers/', heading: /Speakers/, shows: ['Ilham Aliyev', 'Unnamed interviewers'] },
    { path: '/outlets/', heading: /Outlets/, shows: ['BBC News', 'news agency'] },
    { path: '/topics/', heading: /Topics/, shows: ['Ceasefire', 'Peacekeepers'] },
  ];
  for (const { path, heading, shows } of cases) {
    it(`renders ${path} with its key content and no error`, async () => {
      const { page, errors } = await openPage(browser, path);
      await expect.poll(() => page.locator('h1').textContent()).toMatch(heading);
      const text = (await page.locator('main').textContent()) ?? '';
      for (const expected of shows) expect(text, `${path}: ${expected}`).toMatch(expected);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
