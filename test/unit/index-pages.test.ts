/**
 * The pages Pagefind reads instead of the site's (src/lib/search/index-pages.ts): every passage of
 * the corpus, its text as written, behind its own anchor, under its document's address and filters.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpusStore, type StoreSummary } from '../../src/lib/corpus/write.ts';
import { passageOfAnchor, readAnchorTitle, readDocumentFacts } from '../../src/lib/search/anchors.ts';
import {
  indexPageHtml,
  indexPages,
  writeIndexPages,
  type IndexedPassage,
  type IndexPage,
  type IndexPagesMessage,
} from '../../src/lib/search/index-pages.ts';
import { buildSiteIndex } from '../../src/lib/site/corpus-index.ts';
import { routesFor } from '../../src/lib/site/routes.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let store: string;
let summary: StoreSummary;
let pages: IndexPage[];

beforeAll(async () => {
  store = join(mkdtempSync(join(tmpdir(), 'parley-index-pages-')), 'corpus');
  summary = await writeCorpusStore({
    seeds: join(ROOT, 'seeds'),
    data: join(ROOT, 'data'),
    out: store,
    record: join(ROOT, 'data/published-ids.json'),
    corrections: true,
    threads: 0,
  });
  pages = [];
  for await (const page of indexPages(store, summary, routesFor('/').document)) pages.push(page);
}, 60_000);
afterAll(() => rmSync(resolve(store, '..'), { recursive: true, force: true }));

const unescape = (html: string) =>
  html
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, '&');

/** What Pagefind reads of a page: each indexed element's anchor and text. */
function indexed(html: string): { id: string; title: string; text: string }[] {
  return [
    ...html.matchAll(
      /<(p|h1) data-pagefind-body><span id="([^"]*)" data-pagefind-title="([^"]*)"><\/span>(.*?)<\/\1>/gu,
    ),
  ].map(([, , id, title, text]) => ({
    id: unescape(id ?? ''),
    title: unescape(title ?? ''),
    text: unescape(text ?? ''),
  }));
}

describe('the search index reads a page per document made from the corpus files', () => {
  it('has one page per document, at the document page’s address', () => {
    expect(pages.map((page) => page.url).sort()).toEqual(
      summary.documents.map((document) => routesFor('/').document(document.id)).sort(),
    );
  });

  it('holds every passage once, its text exactly as written, behind an anchor naming its speaker, role and topics', () => {
    const written = readFileSync(join(store, 'passages.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as IndexedPassage);
    const found = pages.flatMap((page) =>
      indexed(page.content)
        .filter((element) => passageOfAnchor(element.id))
        .map((element) => ({ url: page.url, passage: passageOfAnchor(element.id), ...element })),
    );
    expect(found).toHaveLength(written.length);
    const byId = new Map(found.map((element) => [`${element.url}#${element.passage}`, element]));
    for (const passage of written) {
      const element = byId.get(`${routesFor('/').document(passage.document)}#${passage.passage}`);
      expect(element?.text, passage.passage).toBe(passage.text);
      expect(readAnchorTitle(element?.title)).toEqual({
        speaker: passage.speaker,
        role: passage.role,
        topics: passage.topics,
      });
    }
  });

  it('files each document under its speakers, outlets, topics, year and kind, with the facts a result shows, and gives Pagefind no sort', () => {
    const site = buildSiteIndex(summary);
    for (const document of summary.documents) {
      const html = pages.find((page) => page.url === routesFor('/').document(document.id))?.content ?? '';
      // A sort's order of every page would sit in the metadata every search loads (./date-order.ts).
      expect(html).not.toContain('data-pagefind-sort');
      const filters = [...html.matchAll(/data-pagefind-filter="([^"]*)"/gu)].map(([, filter]) => filter);
      expect(filters).toEqual(
        expect.arrayContaining([
          ...Object.keys(document.speakerCounts).map((id) => `speaker:${id}`),
          ...document.outlets.map(({ id }) => `outlet:${id}`),
          ...Object.keys(document.topicCounts).map((id) => `topic:${id}`),
          `kind:${document.kind}`,
        ]),
      );
      const title = indexed(html).find((element) => !passageOfAnchor(element.id));
      expect(title?.text).toBe(document.title);
      const facts = readDocumentFacts([{ id: title?.id ?? '', title: title?.title ?? '' }]);
      expect(Object.keys(facts?.speakers ?? {}).sort()).toEqual(Object.keys(document.speakerCounts).sort());
      for (const [id, name] of Object.entries(facts?.speakers ?? {})) expect(name).toBe(site.speaker.get(id)?.name);
      if (facts?.day) expect(filters).toContain(`year:${facts.day.slice(0, 4)}`);
    }
  });

  it('gives a document with no passage a page found by its title alone', () => {
    const [document] = summary.documents;
    const html = indexPageHtml({ ...document!, title: 'Fish & <chips>' }, [], buildSiteIndex(summary));
    expect(indexed(html).map((element) => element.text)).toEqual(['Fish & <chips>']);
  });
});

describe('the index pages written in parts for Pagefind to read as each is whole', () => {
  it('tells each part once all its pages are on disk, every page in exactly one part, then the end', async () => {
    const folder = join(resolve(store, '..'), 'parts');
    const told: IndexPagesMessage[] = [];
    const pagesIn = (part: string) => readdirSync(join(part, 'interviews'));
    await writeIndexPages(store, summary, routesFor('/').document, folder, 7, (message) => {
      told.push(message);
      // Every page the count so far promises is on disk when its part is told.
      if ('part' in message) {
        const parts = told.flatMap((each) => ('part' in each ? [each.part] : []));
        expect(parts.reduce((sum, part) => sum + pagesIn(part).length, 0)).toBe(message.written);
      }
    });
    const parts = told.flatMap((message) => ('part' in message ? [message.part] : []));
    expect(parts).toHaveLength(Math.ceil(summary.documents.length / 7));
    expect(told.at(-1)).toEqual({ done: true });
    expect(parts.flatMap(pagesIn).sort()).toEqual(summary.documents.map((document) => document.id).sort());
  });
});
