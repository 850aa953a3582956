/**
 * A page of a topic's or a speaker's passages as HTML: under each document's title, each passage's
 * opening words, who said it and its permanent link. Written as a string for the same reason as
 * ./transcript.ts: two hundred quotes a page, thousands of pages.
 */
import type { ListEntry } from '../lib/corpus/schema.ts';
import type { SiteIndex } from '../lib/site/corpus-index.ts';
import { formatDate } from '../lib/site/dates.ts';
import { plural } from '../lib/site/labels.ts';
import type { Routes } from '../lib/site/routes.ts';
import { escapeHtml } from '../lib/site/html.ts';

export function passageGroupsHtml(
  entries: readonly ListEntry[],
  index: SiteIndex,
  routes: Routes,
  /** The speaker whose page this is: their name is left out of their own passages. */
  pageSpeaker?: string,
): string {
  const groups: { document: string; entries: ListEntry[] }[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last && last.document === entry.document) last.entries.push(entry);
    else groups.push({ document: entry.document, entries: [entry] });
  }
  return groups
    .map((group) => {
      const document = index.document.get(group.document);
      const href = escapeHtml(routes.document(group.document));
      return [
        '<section class="doc-group">',
        `<h3><a href="${href}">${escapeHtml(document?.title ?? group.document)}</a></h3>`,
        `<p class="doc-meta">${document ? `${escapeHtml(formatDate(document.date))} · ` : ''}${plural(group.entries.length, 'passage')} on this page</p>`,
        ...group.entries.map((entry) => quoteHtml(entry, index, routes, pageSpeaker)),
        '</section>',
      ].join('\n');
    })
    .join('\n');
}

function quoteHtml(entry: ListEntry, index: SiteIndex, routes: Routes, pageSpeaker: string | undefined): string {
  const href = escapeHtml(routes.passage(entry.document, entry.passage));
  const speaker = entry.speaker ? index.speaker.get(entry.speaker) : undefined;
  const withSpeaker = !pageSpeaker || entry.speaker !== pageSpeaker;
  const who = !withSpeaker
    ? ''
    : speaker
      ? `<a href="${escapeHtml(routes.speaker(speaker.id))}"><bdi>${escapeHtml(speaker.name)}</bdi></a>`
      : entry.role === 'narration'
        ? 'Publisher’s text'
        : 'Unattributed';
  const role = entry.role === 'question' ? (withSpeaker ? ' (question)' : 'Question') : '';
  const id = escapeHtml(entry.passage);
  return [
    `<blockquote class="quote" cite="${href}">`,
    `<p>${escapeHtml(entry.excerpt)}</p>`,
    `<footer>${who}${role} · <a href="${href}" aria-label="Permanent link to passage ${id}">¶ ${id}</a>${entry.whole ? '' : ' <span class="muted">(opening words; the link has the whole passage)</span>'}</footer>`,
    '</blockquote>',
  ].join('\n');
}
