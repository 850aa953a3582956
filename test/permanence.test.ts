/**
 * Permanent passage links: adding a transcript or correcting one passage's
 * text leaves every other passage id alone; every id the site has published
 * (data/published-ids.json) still resolves, the vanished ones through an anchor
 * or a forwarding page; and the record is kept current.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadInput } from '../src/lib/corpus/load.ts';
import { runPipeline } from '../src/lib/corpus/pipeline.ts';
import type { Corpus, CorpusDocument } from '../src/lib/corpus/schema.ts';
import {
  publishedRecordSchema,
  recordCurrent,
  resolvePublished,
  type PublishedRecord,
} from '../src/lib/corpus/permanence.ts';
import { launchBrowser, openPage } from './support/browser.ts';

const ROOT = resolve(import.meta.dirname, '..');
const readRecord = (path: string) =>
  publishedRecordSchema.parse(JSON.parse(readFileSync(path, 'utf8'))) as Required<PublishedRecord>;
const record = readRecord(resolve(ROOT, 'data/published-ids.json'));

async function corpusFrom(change: (seeds: string) => void): Promise<Corpus> {
  const seeds = join(mkdtempSync(join(tmpdir(), 'parley-ids-')), 'seeds');
  cpSync(resolve(ROOT, 'seeds'), seeds, { recursive: true });
  change(seeds);
  return runPipeline(await loadInput({ seeds, data: resolve(ROOT, 'data') }, { corrections: true })).corpus;
}
const passageIds = (corpus: Corpus) =>
  new Map(
    corpus.documents.flatMap((document) =>
      document.turns.flatMap((turn) => turn.passages.map((passage) => [`${document.id}#${passage.id}`, passage.text])),
    ),
  );

describe('passage ids', () => {
  it('are all recorded in data/published-ids.json (run `npm run ids:record` and commit it when this fails)', async () => {
    const { corpus } = runPipeline(
      await loadInput({ seeds: resolve(ROOT, 'seeds'), data: resolve(ROOT, 'data') }, { corrections: true }),
    );
    expect(recordCurrent(record, corpus.documents)).toEqual(record);
  });

  it('stay the same for every other passage when one passage of a source is corrected, and the old one points at the new', async () => {
    const original = await corpusFrom(() => {});
    const file = '002_7e6423926252e8bc.txt';
    const corrected = await corpusFrom((seeds) => {
      const lines = readFileSync(join(seeds, file), 'utf8').split('\n');
      // Al Jazeera, line 60: "The main reason is that Armenia doesn’t want peace." → a corrected typo.
      lines[59] = lines[59]!.replace('doesn’t want peace', 'does not want peace');
      writeFileSync(join(seeds, file), lines.join('\n'));
    });
    const before = passageIds(original);
    const after = passageIds(corrected);
    const changed = [...before.keys()].filter((key) => !after.has(key));
    expect(changed).toHaveLength(1);
    expect(before.get(changed[0]!)).toMatch(/^The main reason is that Armenia doesn’t want peace/u);
    expect([...after.keys()].filter((key) => !before.has(key))).toHaveLength(1);

    const published = recordCurrent({ documents: {} }, original.documents);
    const [documentId, oldId] = changed[0]!.split('#') as [string, string];
    const newId = corrected.documents
      .find((document) => document.id === documentId)!
      .turns.flatMap((turn) => turn.passages)
      .find((passage) => passage.text.startsWith('The main reason is that Armenia does not want peace'))!.id;
    expect(resolvePublished(published, corrected.documents).aliases.get(documentId)).toEqual([
      { id: oldId, target: newId },
    ]);
  });
  // Adding a transcript leaves every id alone: test/corpus.test.ts checks it on the seeds.
});

describe('every published link', () => {
  const idsOf = (url: string, dist = 'dist') => {
    const html = readFileSync(resolve(ROOT, dist, `.${url}`, 'index.html'), 'utf8');
    return new Set([...html.matchAll(/\sid="([^"]+)"/gu)].map((match) => match[1]));
  };

  it('resolves in the built site, vanished ids included', () => {
    let checked = 0;
    for (const [documentId, ids] of Object.entries(record.documents)) {
      const present = idsOf(`/interviews/${documentId}/`);
      for (const id of ids) {
        expect(present.has(id), `${documentId}#${id}`).toBe(true);
        checked++;
      }
    }
    for (const [documentId, pointers] of Object.entries(record.aliases)) {
      const present = idsOf(`/interviews/${documentId}/`);
      for (const id of Object.keys(pointers)) expect(present.has(id), `${documentId}#${id}`).toBe(true);
    }
    for (const from of Object.keys(record.moves)) idsOf(`/interviews/${from}/`);
    expect(checked).toBeGreaterThan(1300);
  });
});

describe('a link to a vanished id, in real Chromium', () => {
  const hostileRecord = readRecord(resolve(ROOT, '.parley/hostile-published-ids.json'));
  const hostile = JSON.parse(readFileSync(resolve(ROOT, 'dist-hostile/data/corpus.json'), 'utf8')) as Corpus;
  const sky = hostile.documents.find((document) => document.source.file === '103_bom_crlf.txt') as CorpusDocument;
  const oldAnswer = hostileRecord.documents[sky.id]!.find(
    (id) => !sky.turns.some((turn) => turn.passages.some((passage) => passage.id === id)),
  )!;
  const newAnswer = sky.turns.at(-1)!.passages[0]!;
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lands on the corrected passage, highlighted', async () => {
    expect(newAnswer.text).toBe('It is, line for line.');
    const { page } = await openPage(browser, `${inject('hostileUrl')}${sky.url}#${oldAnswer}`);
    const passage = page.locator(`[id="${newAnswer.id}"]`);
    const state = await passage.evaluate((element) => ({
      highlighted: getComputedStyle(element).backgroundColor !== getComputedStyle(document.body).backgroundColor,
      top: element.getBoundingClientRect().top,
    }));
    expect(state.highlighted).toBe(true);
    expect(state.top).toBeGreaterThanOrEqual(0);
    await page.context().close();
  });

  it('forwards a re-dated document to its new address, keeping the passage', async () => {
    const france = hostile.documents.find((document) => document.source.file === '104_label_in_answer.txt')!;
    expect(france.id).toBe('2020-10-05-france-24');
    expect(hostileRecord.documents['2020-10-04-france-24']).toBeDefined();
    expect(hostileRecord.moves).toEqual({});
    const passage = france.turns[1]!.passages[0]!;
    const { page } = await openPage(browser, `${inject('hostileUrl')}/interviews/2020-10-04-france-24/#${passage.id}`);
    await page.waitForURL(`**${france.url}#${passage.id}`);
    expect(await page.locator(`[id="${passage.id}"]`).evaluate((element) => element.matches(':target'))).toBe(true);
    await page.context().close();
  });
});
