// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { CSP_DIRECTIVES, SECURITY_HEADERS } from './src/lib/site/headers.ts';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Styles and scripts are files of this site, never inline, so the policy needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  vite: { build: { assetsInlineLimit: 0 } },
  // Transcript text must reach the page exactly as printed: Astro's JSX-style whitespace
  // compression drops spaces around inline elements, so it is off.
  compressHTML: false,
  // No code is highlighted anywhere, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  integrations: [mdx()],
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
