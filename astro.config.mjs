// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Transcript text must reach the page exactly as printed: Astro 7's default JSX-style whitespace
  // compression drops spaces around inline elements, so it is off.
  compressHTML: false,
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
