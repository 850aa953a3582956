/**
 * The built site: `npm run build` publishes the data export and one page per
 * document that shows every passage, with its id as the anchor, as printed.
 */
import { spawnSync } from 'node:child_process';
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

beforeAll(() => {
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  corpus = JSON.parse(readFileSync(resolve(DIST, 'data/corpus.json'), 'utf8')) as Corpus;
}, 240_000);

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
      expect(html).toContain(`<h1>${document.title}</h1>`);
      for (const turn of document.turns) {
        for (const passage of turn.passages) {
          const start = html.indexOf(`id="${passage.id}"`);
          expect(start, `${document.id}#${passage.id}`).toBeGreaterThan(-1);
          expect(html.slice(start, start + passage.text.length + 200), `${document.id}#${passage.id}`).toContain(
            `<span class="passage-text">${passage.text}</span>`,
          );
        }
      }
    }
  });

  it('lists every document on the home page', () => {
    const html = page('/');
    for (const document of corpus.documents) expect(html).toContain(`href="${document.url}"`);
  });

  it('has no broken internal link or fragment, and no link to another host', () => {
    const { pages, links, broken } = checkLinks(DIST);
    expect(pages).toBeGreaterThan(30);
    expect(links).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });

  it('has a page at the url of every speaker, outlet and topic in corpus.json', () => {
    for (const record of [...corpus.speakers, ...corpus.outlets, ...corpus.topics]) {
      expect(existsSync(resolve(DIST, `.${record.url}`, 'index.html')), record.url).toBe(true);
    }
  });
});
