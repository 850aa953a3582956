/**
 * Outlets a document names, matched against the curated registry by any alias
 * ("CNN-Turk" and "CNN-Türk" are one outlet), with the part each played.
 */
import type { OutletEntry } from './registry-schema.ts';
import type { OutletRole } from './schema.ts';
import type { Paragraph } from './segment.ts';
import { phraseRegExp } from './text.ts';

export interface OutletMatcher {
  pattern: RegExp;
  byAlias: Map<string, string>;
}

export function outletMatcher(outlets: readonly OutletEntry[]): OutletMatcher {
  const byAlias = new Map<string, string>();
  for (const outlet of outlets) {
    for (const alias of [outlet.name, ...outlet.aliases]) byAlias.set(normalise(alias), outlet.id);
  }
  return { pattern: phraseRegExp([...outlets.flatMap((outlet) => [outlet.name, ...outlet.aliases])]), byAlias };
}

/** Outlet ids mentioned in the text, in order of first mention, with the text just before each. */
export function findOutlets(text: string, matcher: OutletMatcher): { id: string; before: string }[] {
  const found: { id: string; before: string }[] = [];
  for (const match of text.matchAll(matcher.pattern)) {
    const id = matcher.byAlias.get(normalise(match[0]));
    if (id && !found.some((entry) => entry.id === id)) {
      found.push({ id, before: text.slice(Math.max(0, match.index - 40), match.index) });
    }
  }
  return found;
}

export function documentOutlets(
  places: { title: Paragraph | null; lead: readonly Paragraph[]; datelines: readonly Paragraph[] },
  publisher: string | null,
  matcher: OutletMatcher,
): { id: string; role: OutletRole }[] {
  const outlets: { id: string; role: OutletRole }[] = [];
  const add = (id: string, role: OutletRole) => {
    if (!outlets.some((outlet) => outlet.id === id)) outlets.push({ id, role });
  };
  if (places.title) {
    const broadcast = /\bbroadcast\b/iu.test(places.title.text);
    for (const { id } of findOutlets(places.title.text, matcher)) add(id, broadcast ? 'broadcast' : 'interviewed');
  }
  for (const paragraph of places.lead) {
    for (const { id, before } of findOutlets(paragraph.text, matcher)) {
      if (/according to (?:the )?$/iu.test(before)) add(id, 'published');
      else if (
        /\b(?:aired|broadcast)\b/iu.test(paragraph.text) &&
        !/\binterview(?:ed)? (?:with|by|to)\b/iu.test(before)
      ) {
        add(id, 'broadcast');
      } else add(id, 'interviewed');
    }
  }
  for (const paragraph of places.datelines) {
    for (const { id } of findOutlets(paragraph.text, matcher)) add(id, 'published');
  }
  if (publisher) add(publisher, 'published');
  return outlets;
}

function normalise(alias: string): string {
  return alias
    .toLowerCase()
    .normalize('NFC')
    .replace(/[’']/gu, "'")
    .replace(/[-\s]+/gu, ' ');
}
