/** robots.txt: everything may be read; the sitemap, where the site has a public address. */
import type { APIRoute } from 'astro';
import { routes } from '../lib/site/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push(`Sitemap: ${new URL(routes.asset('sitemap-index.xml'), site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
