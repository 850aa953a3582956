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

/**
 * Appended piece by piece, not joined: a page's quotes run past 64K characters, and a flat string
 * that long is a large object to V8, allocated on its own pages at about a millisecond each here.
 * Astro writes the page into one string anyway, so the pieces are copied once, there.
 */
export function passageGroupsHtml(
  entries: readonly ListEntry[],
  index: SiteIndex,
  routes: Routes,
  /** The speaker whose page this is: their name is left out of their own passages. */
  pageSpeaker?: string,
): string {
  let html = '';
  // A page quotes a few speakers many times each.
  const speakerLinks = new Map<string, string>();
  for (let at = 0; at < entries.length;) {
    const documentId = (entries[at] as ListEntry).document;
    let end = at + 1;
    while (end < entries.length && (entries[end] as ListEntry).document === documentId) end++;
    const document = index.document.get(documentId);
    const href = escapeHtml(routes.document(documentId));
    if (at > 0) html += '\n';
    html += `<section class="doc-group">\n<h3><a href="${href}">${escapeHtml(document?.title ?? documentId)}</a></h3>\n<p class="doc-meta">${document ? `${escapeHtml(formatDate(document.date))} · ` : ''}${plural(end - at, 'passage')} on this page</p>`;
    for (; at < end; at++) html += `\n${quoteHtml(entries[at] as ListEntry, index, routes, pageSpeaker, speakerLinks)}`;
    html += '\n</section>';
  }
  return html;
}

function quoteHtml(
  entry: ListEntry,
  index: SiteIndex,
  routes: Routes,
  pageSpeaker: string | undefined,
  speakerLinks: Map<string, string>,
): string {
  const href = escapeHtml(routes.passage(entry.document, entry.passage));
  const withSpeaker = !pageSpeaker || entry.speaker !== pageSpeaker;
  let who = '';
  if (withSpeaker) {
    const speaker = entry.speaker ? index.speaker.get(entry.speaker) : undefined;
    if (speaker) {
      who = speakerLinks.get(speaker.id) ?? '';
      if (!who) {
        who = `<a href="${escapeHtml(routes.speaker(speaker.id))}"><bdi>${escapeHtml(speaker.name)}</bdi></a>`;
        speakerLinks.set(speaker.id, who);
      }
    } else who = entry.role === 'narration' ? 'Publisher’s text' : 'Unattributed';
  }
  const role = entry.role === 'question' ? (withSpeaker ? ' (question)' : 'Question') : '';
  const id = escapeHtml(entry.passage);
  return `<blockquote class="quote" cite="${href}">\n<p>${escapeHtml(entry.excerpt)}</p>\n<footer>${who}${role} · <a href="${href}" aria-label="Permanent link to passage ${id}">¶ ${id}</a>${entry.whole ? '' : ' <span class="muted">(opening words; the link has the whole passage)</span>'}</footer>\n</blockquote>`;
}
