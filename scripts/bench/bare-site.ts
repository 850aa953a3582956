/**
 * The benchmark's baseline: a bare Astro site with one page per transcript file (its first line as
 * the title, every other line a paragraph: the same text Parley shows), indexed by the Pagefind
 * CLI, searched with Pagefind's default interface.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGE = `---
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function getStaticPaths() {
  return readdirSync(process.env.BARE_SEEDS)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => ({ params: { id: file.replace(/\\.txt$/, '') }, props: { file } }));
}
const lines = readFileSync(join(process.env.BARE_SEEDS, Astro.props.file), 'utf8').split('\\n').filter((line) => line.trim());
const [title, ...paragraphs] = lines;
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><main><h1>{title}</h1>{paragraphs.map((text) => <p>{text}</p>)}</main></body>
</html>
`;

const SEARCH = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Search</title>
    <link href="/pagefind/pagefind-ui.css" rel="stylesheet" />
    <script src="/pagefind/pagefind-ui.js"></script>
  </head>
  <body>
    <div id="search"></div>
    <script>
      window.ui = new PagefindUI({ element: '#search', showSubResults: true });
    </script>
  </body>
</html>
`;

/** Writes the bare project to `dir`; its pages read the transcripts from BARE_SEEDS when built. */
export function writeBareSite(dir: string): void {
  mkdirSync(join(dir, 'src/pages/d'), { recursive: true });
  mkdirSync(join(dir, 'public/search'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "bare", "private": true, "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), 'export default { devToolbar: { enabled: false } };\n');
  writeFileSync(join(dir, 'src/pages/d/[id].astro'), PAGE);
  writeFileSync(join(dir, 'public/search/index.html'), SEARCH);
}
