/**
 * feed.xml: the newest documents, for feed readers. A feed's links must be absolute, so it is
 * written only when the site has a public address (PARLEY_SITE).
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { outletNames } from '../lib/site/corpus-index.ts';
import { formatDate } from '../lib/site/dates.ts';
import { kindName } from '../lib/site/labels.ts';
import { loadSiteIndex } from '../lib/site/records.ts';
import { routes } from '../lib/site/routes.ts';

const NEWEST = 50;

export function getStaticPaths() {
  return import.meta.env.SITE ? [{ params: { feed: 'feed' } }] : [];
}

export const GET: APIRoute = async ({ site }) => {
  const index = await loadSiteIndex();
  const dated = index.documents.filter((document) => document.date.value !== null);
  return rss({
    title: 'Parley: the newest transcripts',
    description: 'Interview transcripts, each passage with a permanent link.',
    site: new URL(routes.home(), site).href,
    trailingSlash: true,
    items: dated
      .slice(-NEWEST)
      .reverse()
      .map((document) => ({
        title: document.title,
        link: new URL(routes.document(document.id), site).href,
        ...(document.date.value ? { pubDate: new Date(document.date.value) } : {}),
        description: `${kindName[document.kind].one}, ${formatDate(document.date)}${outletNames(index, document).length ? `, ${outletNames(index, document).join(', ')}` : ''}.`,
      })),
  });
};
