// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { CSP_DIRECTIVES, SECURITY_HEADERS } from './src/lib/site/headers.ts';
import { satteri } from '@astrojs/markdown-satteri';
import parley from './src/integrations/parley.ts';
import { noImportsInData } from './src/integrations/data-mdx.ts';

// The public address and base path are the deployer's (README, "Publishing"): without an
// address, pages name no host rather than a wrong one.
const site = process.env.PARLEY_SITE || undefined;
const base = process.env.PARLEY_BASE || '/';

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Styles and scripts are files of this site, never inline, so the policy needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
    concurrency: Number(process.env.PARLEY_CONCURRENCY ?? 1),
  },
  vite: { build: { assetsInlineLimit: 0 } },
  // Transcript text must reach the page exactly as printed: Astro's JSX-style whitespace
  // compression drops spaces around inline elements, so it is off.
  compressHTML: false,
  // No code is highlighted anywhere, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ mdastPlugins: [noImportsInData(fileURLToPath(new URL('./data/', import.meta.url)))] }),
  },
  // A sitemap names absolute addresses: there is one only where the site has its own.
  integrations: [mdx(), ...(site ? [sitemap()] : []), parley()],
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  server: { headers: SECURITY_HEADERS },
});
