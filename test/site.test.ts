/**
 * The built site as files (the global setup has run `npm run build`): the data
 * export, a page at the url of every record, every passage anchored by its id
 * and printed exactly as in the source, and no broken internal link.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../src/lib/corpus/schema.ts';
import { checkLinks } from './support/links.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, 'dist');
let corpus: Corpus;

const page = (url: string) => readFileSync(resolve(DIST, `.${url}`, 'index.html'), 'utf8');
/** The page's text with character references decoded, to compare with the source's text. */
const decoded = (html: string) =>
  html
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

beforeAll(() => {
  corpus = JSON.parse(readFileSync(resolve(DIST, 'data/corpus.json'), 'utf8')) as Corpus;
});

describe('the built site', () => {
  it('publishes corpus.json with its JSON Schema', () => {
    expect(corpus.documents).toHaveLength(30);
    const schema = JSON.parse(readFileSync(resolve(DIST, 'data/corpus.schema.json'), 'utf8'));
    expect(Object.keys(schema.properties)).toEqual(['documents', 'speakers', 'outlets', 'topics', 'removed']);
  });

  it('has a page for every document, with every passage anchored by its id and printed as in the source', () => {
    for (const document of corpus.documents) {
      expect(existsSync(resolve(DIST, `.${document.url}`, 'index.html')), document.url).toBe(true);
      const html = decoded(page(document.url));
      expect(html).toMatch(new RegExp(`<h1[^>]*>(?:<span[^>]*></span>)?${escape(document.title)}</h1>`, 'u'));
      for (const turn of document.turns) {
        for (const passage of turn.passages) {
          const start = html.indexOf(`id="${passage.id}"`);
          expect(start, `${document.id}#${passage.id}`).toBeGreaterThan(-1);
          expect(html.slice(start, start + passage.text.length + 400), `${document.id}#${passage.id}`).toMatch(
            new RegExp(`<p class="passage-text"[^>]*>(?:<span[^>]*></span>)?${escape(passage.text)}</p>`, 'u'),
          );
        }
      }
    }
  });

  it('keeps the spaces between words that sit next to markup (no HTML compression eats them)', () => {
    const html = page('/interviews/2020-10-02-al-jazeera/');
    // Words on either side of an element boundary stay apart: "Al Jazeera (television…" and link lists.
    expect(html).not.toMatch(/<\/a>[A-Za-z(]/);
    expect(html).toMatch(/<\/a>\s+<span class="muted">/);
  });

  it('lists every document under /interviews/, and every document of a kind under its filter page', () => {
    const all = page('/interviews/');
    for (const document of corpus.documents) expect(all).toContain(`href="${document.url}"`);
    const meetings = page('/interviews/kind/meeting/');
    for (const document of corpus.documents) {
      expect(meetings.includes(`href="${document.url}"`), document.id).toBe(document.kind === 'meeting');
    }
  });

  it('has a page at the url of every speaker, outlet and topic in corpus.json, and an index of each', () => {
    for (const record of [...corpus.speakers, ...corpus.outlets, ...corpus.topics]) {
      expect(existsSync(resolve(DIST, `.${record.url}`, 'index.html')), record.url).toBe(true);
    }
    for (const url of ['/speakers/', '/outlets/', '/topics/', '/dates/', '/dates/2020/', '/about/']) {
      expect(existsSync(resolve(DIST, `.${url}`, 'index.html')), url).toBe(true);
    }
  });

  it('lists on the pages of each topic every passage filed under the topic, linked to its anchor, 200 to a page', () => {
    for (const topic of corpus.topics) {
      const pages = Math.max(1, Math.ceil(topic.passages.length / 200));
      const html = Array.from({ length: pages }, (_, at) =>
        page(at === 0 ? topic.url : `${topic.url}page/${at + 1}/`),
      ).join('');
      expect(existsSync(resolve(DIST, `.${topic.url}page/${pages + 1}/`, 'index.html')), topic.id).toBe(false);
      for (const { document, passage } of topic.passages) {
        expect(html, `${topic.id}: ${document}#${passage}`).toContain(`href="/interviews/${document}/#${passage}"`);
      }
    }
  });

  it('has no broken internal link or fragment, and no link to another host', () => {
    const { pages, links, broken } = checkLinks(DIST);
    expect(pages).toBeGreaterThan(100);
    expect(links).toBeGreaterThan(5000);
    expect(broken).toEqual([]);
  });
});
