/**
 * Quality gates over the built files: every page is valid HTML, carries a
 * Content-Security-Policy that allows nothing from another host and no inline
 * script that is not hashed, and two builds are byte-identical. (Every passage
 * URL of the data export resolving is checked with its text in site.test.ts.)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { filesUnder } from './support/links.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, 'dist');

const pages = filesUnder(DIST, '.html');

describe('valid HTML', () => {
  it('has no html-validate error on any page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(
            `${relative(DIST, file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
          );
        }
      }
    }
    expect(pages.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});

describe('security policy', () => {
  const policyOf = (html: string) =>
    /<meta http-equiv="content-security-policy" content="([^"]+)"/iu.exec(html)?.[1] ?? null;
  const directive = (policy: string, name: string) =>
    policy
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${name} `)) ?? '';

  it('gives every page a policy that allows this site only, and no referrer', () => {
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const where = relative(DIST, file);
      const policy = policyOf(html);
      expect(policy, where).not.toBeNull();
      expect(directive(policy!, 'default-src'), where).toBe("default-src 'self'");
      for (const name of ['script-src', 'style-src']) {
        const sources = directive(policy!, name).split(/\s+/u).slice(1);
        expect(sources, `${where} ${name}`).toContain("'self'");
        for (const source of sources) {
          expect(source, `${where} ${name}`).toMatch(/^'(?:self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)'$/u);
        }
      }
      expect(html, where).toContain('<meta name="referrer" content="no-referrer">');
    }
  });

  it('runs no inline script or style that the policy does not name by its hash', () => {
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const policy = policyOf(html) ?? '';
      for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/giu)) {
        if (/\bsrc=/u.test(attributes ?? '')) continue;
        expect(directive(policy, 'script-src'), relative(DIST, file)).toContain(hash(body ?? ''));
      }
      for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/giu)) {
        expect(directive(policy, 'style-src'), relative(DIST, file)).toContain(hash(body ?? ''));
      }
      expect(html, relative(DIST, file)).not.toMatch(/\son[a-z]+="/iu);
      expect(html, relative(DIST, file)).not.toMatch(/\sstyle="/iu);
    }
  });

  it('loads nothing from another host: every src and href is this site', () => {
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const [, url] of html.matchAll(/\s(?:src|href|action)="([^"]*)"/giu)) {
        const external =
          /^(?:[a-z][a-z0-9+.-]*:)?\/\//iu.test(url ?? '') && !/^https?:\/\/localhost:4321\//u.test(url ?? '');
        expect(external, `${relative(DIST, file)}: ${url}`).toBe(false);
      }
    }
  });
});

describe('reproducible builds', () => {
  const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

  it('gives byte-identical dist/ for two builds of the same inputs', () => {
    const again = resolve(ROOT, 'dist-repro');
    const first = filesUnder(DIST)
      .map((path) => relative(DIST, path))
      .sort();
    const second = filesUnder(again)
      .map((path) => relative(again, path))
      .sort();
    expect(second).toEqual(first);
    const differing = first.filter((path) => digest(join(DIST, path)) !== digest(join(again, path)));
    // The comparison covers the whole site: every document page, the search index and the data files.
    expect(first.filter((path) => /^interviews\/[^/]+\/index\.html$/u.test(path)).length).toBeGreaterThanOrEqual(30);
    expect(first.filter((path) => path.startsWith('pagefind/fragment/')).length).toBeGreaterThanOrEqual(30);
    expect(first.filter((path) => path.startsWith('data/documents/')).length).toBeGreaterThanOrEqual(30);
    expect(first).toEqual(
      expect.arrayContaining(['pagefind/pagefind-entry.json', 'data/corpus.json', 'data/passages.jsonl']),
    );
    expect(differing).toEqual([]);
  });
});
