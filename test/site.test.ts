/**
 * The built site: `npm run build` publishes the data export and one page per
 * document that shows every passage, with its id as the anchor, as printed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../src/lib/corpus/schema.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, 'dist');
let corpus: Corpus;

const page = (url: string) => readFileSync(resolve(DIST, `.${url}`, 'index.html'), 'utf8');
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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
      const html = page(document.url);
      expect(html).toContain(`<h1>${escapeHtml(document.title)}</h1>`);
      for (const turn of document.turns) {
        for (const passage of turn.passages) {
          const start = html.indexOf(`id="${passage.id}"`);
          expect(start, `${document.id}#${passage.id}`).toBeGreaterThan(-1);
          expect(html.slice(start, start + passage.text.length * 2 + 200)).toContain(
            escapeHtml(passage.text).replace(/"/g, '&quot;'),
          );
        }
      }
    }
  });

  it('lists every document on the home page', () => {
    const html = page('/');
    for (const document of corpus.documents) expect(html).toContain(`href="${document.url}"`);
  });
});
