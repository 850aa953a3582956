/**
 * Hostile transcripts. Each one is either published as its literal source text
 * (and in real Chromium no script runs and no markup is interpreted), or
 * rejected with one clear error naming the file and line, with nothing written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Dialog } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Corpus } from '../src/lib/corpus/schema.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { LONG_LINE_BYTES } from './support/hostile.ts';

const ROOT = resolve(import.meta.dirname, '..');
const corpus = JSON.parse(readFileSync(resolve(ROOT, 'dist-hostile/data/corpus.json'), 'utf8')) as Corpus;

/** Runs `npm run corpus` on a folder holding only the given seeds. */
function corpusOf(seeds: Record<string, string | Buffer>) {
  const dir = mkdtempSync(join(tmpdir(), 'parley-hostile-'));
  for (const [name, content] of Object.entries(seeds)) writeFileSync(join(dir, name), content);
  const out = join(dir, 'corpus.json');
  const run = spawnSync(process.execPath, ['scripts/corpus.ts', '--seeds', dir, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr, wrote: existsSync(out) };
}

const interview = (title: string, body: string) =>
  `${title}\n\nOn October 2, President Ilham Aliyev was interviewed by Al Jazeera TV channel.\n\n${body}\n`;

describe('hostile seeds that are rejected', () => {
  const cases: { name: string; seeds: Record<string, string | Buffer>; error: RegExp }[] = [
    {
      name: 'NUL bytes',
      seeds: { 'a_nul.txt': Buffer.from('Title line\n\nSecond line\n\nHost: a\u0000b\n') },
      error: /a_nul\.txt:5: the file holds a NUL byte/u,
    },
    {
      name: 'invalid UTF-8',
      seeds: {
        'b_latin1.txt': Buffer.concat([Buffer.from('Title line\n\nCaf'), Buffer.from([0xe9]), Buffer.from('\n')]),
      },
      error: /b_latin1\.txt:3: .*UTF-8/iu,
    },
    { name: 'an empty file', seeds: { 'c_empty.txt': '' }, error: /c_empty\.txt: the file is empty/u },
    {
      name: 'a file of only boilerplate',
      seeds: { 'd_clutter.txt': 'Share this article:\n\nRead also\n\nUN official hopes for lasting peace\n' },
      error: /d_clutter\.txt: no transcript text found: every line is blank or registered boilerplate/u,
    },
    {
      name: 'two documents with the same title and date',
      seeds: {
        'e_one.txt': interview(
          'Ilham Aliyev was interviewed by Al Jazeera TV channel',
          'Host: One?\n\nPresident Ilham Aliyev: One.',
        ),
        'f_two.txt': interview(
          'Ilham Aliyev was interviewed by Al Jazeera TV channel',
          'Host: Two?\n\nPresident Ilham Aliyev: Two.',
        ),
        'sources.yaml':
          'e_one.txt: { publisher: null, year: 2020, address: null }\nf_two.txt: { publisher: null, year: 2020, address: null }\n',
      },
      error: /f_two\.txt:1: duplicate document id “2020-10-02-al-jazeera” \(also at e_one\.txt:1\)/u,
    },
  ];
  for (const { name, seeds, error } of cases) {
    it(`rejects ${name} with one clear error naming the file, and writes nothing`, () => {
      const result = corpusOf(seeds);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(error);
      expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/u);
      expect(result.wrote).toBe(false);
    });
  }
});

describe('hostile seeds that are published as their literal text', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps every hostile document, with its markup and Markdown as text', () => {
    expect(corpus.documents.map((document) => document.source.file).sort()).toEqual([
      '100_markup.txt',
      '101_markdown.txt',
      '102_long_line.txt',
      '103_bom_crlf.txt',
      '104_label_in_answer.txt',
    ]);
    const texts = corpus.documents
      .flatMap((document) => document.turns.flatMap((turn) => turn.passages))
      .map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining([expect.stringContaining('<img src=x onerror=')]));
    expect(texts).toEqual(expect.arrayContaining(['# Is this a heading?', '* This is not a list item.']));
    const long = texts.find((text) => text.length > LONG_LINE_BYTES - 100);
    expect(long?.length).toBeGreaterThan(LONG_LINE_BYTES - 100);
  });

  it('reads a label-looking sentence inside an answer as part of the answer', () => {
    const document = corpus.documents.find((candidate) => candidate.source.file === '104_label_in_answer.txt')!;
    const turn = document.turns.find((candidate) =>
      candidate.passages.some((passage) => passage.text.startsWith('Important: the ceasefire')),
    )!;
    expect(turn.speaker).toBe('ilham-aliyev');
    expect(turn.passages[0]!.text).toMatch(/^Our army liberated/u);
  });

  it('reads a file with a byte-order mark and CRLF line endings like any other', () => {
    const document = corpus.documents.find((candidate) => candidate.source.file === '103_bom_crlf.txt')!;
    expect(document.title).toBe('Ilham Aliyev was interviewed by Sky News TV channel');
    expect(document.turns.flatMap((turn) => turn.passages).map((passage) => passage.text)).toEqual([
      'On October 7, President Ilham Aliyev was interviewed by Sky News TV channel.',
      'Is this file read the same with a byte-order mark and CRLF?',
      'It is, line for line.',
    ]);
  });

  for (const document of corpus.documents) {
    it(`shows ${document.source.file} as printed, and runs nothing it holds`, async () => {
      const dialogs: Dialog[] = [];
      const url = `${inject('hostileUrl')}${document.url}`;
      const { page, errors, requests } = await openPage(browser, url);
      page.on('dialog', (dialog) => {
        dialogs.push(dialog);
        void dialog.dismiss();
      });
      await page.waitForLoadState('load');
      expect(
        await page.evaluate(() => (window as unknown as { parleyHostile?: unknown }).parleyHostile),
      ).toBeUndefined();
      expect(dialogs).toEqual([]);
      const conversation = page.locator('.conversation');
      for (const selector of [
        'img',
        'script',
        'svg',
        'iframe',
        'b',
        'h1',
        'ul:not(.chips)',
        'ol',
        'a[href^="javascript"]',
      ]) {
        expect(await conversation.locator(selector).count(), `${document.source.file}: ${selector}`).toBe(0);
      }
      const shown = await page.locator('.passage-text').allTextContents();
      expect(shown).toEqual(document.turns.flatMap((turn) => turn.passages).map((passage) => passage.text));
      expect(requests.filter((request) => !request.startsWith(inject('hostileUrl')))).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('shows hostile text in search results as text too', async () => {
    const { page } = await openPage(browser, `${inject('hostileUrl')}/search/?q=onerror`);
    await page.waitForSelector('#results[data-state="done"] .result');
    expect(await page.locator('#results img, #results script').count()).toBe(0);
    expect(await page.locator('.result-excerpt').first().textContent()).toContain('<img src=x onerror=');
    expect(await page.evaluate(() => (window as unknown as { parleyHostile?: unknown }).parleyHostile)).toBeUndefined();
    await page.context().close();
  });
});
