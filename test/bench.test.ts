/**
 * The scale benchmark keeps working (issue 9): at 300 documents it generates its corpus, builds
 * it beside the bare baseline, indexes search both ways and searches in Chromium, and prints every
 * figure. Its figures are not judged here: machines are shared and noisy (docs/scaling.md).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

describe('npm run bench:scale', () => {
  it('runs at 300 documents and prints every stage, size and search figure', () => {
    const run = spawnSync(process.execPath, ['scripts/bench-scale.ts', '--docs', '300'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 600_000,
    });
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    const out = run.stdout;
    for (const heading of ['corpus step', 'pages', 'search index', 'bare Astro', 'bare Pagefind CLI', 'ratio']) {
      expect(out).toContain(heading);
    }
    expect(out).toMatch(/\| 300 +\| \d+ MB +\| [\d.]+ s, [\d.]+ GB/u);
    expect(out).toMatch(/one custom record per passage, Node API +\| [\d.]+ s/u);
    for (const query of [
      'one rare word',
      '3-word phrase',
      'exact 20-word sentence',
      '20 words, two changed',
      '20 words, three dropped',
    ]) {
      expect(out).toMatch(
        new RegExp(`\\| ${query} +\\| [\\d.]+ s, \\d+ KB +\\| [\\d.]+ s, \\d+ KB +\\| [\\d.]+ s, \\d+ KB`, 'u'),
      );
    }
  }, 600_000);
});
