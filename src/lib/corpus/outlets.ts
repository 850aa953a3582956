/**
 * Outlets a document names, matched against the curated registry by any alias
 * ("CNN-Turk" and "CNN-Türk" are one outlet), with the part each played.
 */
import type { OutletEntry } from './registry-schema.ts';
import type { OutletRole } from './schema.ts';
import type { Paragraph } from './segment.ts';
import { matchable, phraseRegExp } from './text.ts';

export interface OutletMatcher {
  pattern: RegExp;
  byAlias: Map<string, string>;
  parents: Map<string, string>;
}

export function outletMatcher(outlets: readonly OutletEntry[]): OutletMatcher {
  const byAlias = new Map<string, string>();
  for (const outlet of outlets) {
    for (const alias of [outlet.name, ...outlet.aliases]) byAlias.set(normalise(alias), outlet.id);
  }
  const parents = new Map(outlets.flatMap((outlet) => (outlet.parent ? [[outlet.id, outlet.parent] as const] : [])));
  return { pattern: phraseRegExp(outlets.flatMap((outlet) => [outlet.name, ...outlet.aliases])), byAlias, parents };
}

/** Outlet ids mentioned in the text, in order of first mention, with the text just before each. */
export function findOutlets(printed: string, matcher: OutletMatcher): { id: string; before: string }[] {
  const text = matchable(printed);
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
  places: {
    title: Paragraph | null;
    lead: readonly Paragraph[];
    datelines: readonly Paragraph[];
    body?: readonly Paragraph[];
  },
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
  // "…, President of Russia Vladimir Putin said, according to Azertag:" — a source named in the body.
  for (const paragraph of places.body ?? []) {
    for (const { id, before } of findOutlets(paragraph.text, matcher)) {
      if (/according to (?:the )?$/iu.test(before)) add(id, 'published');
    }
  }
  for (const paragraph of places.datelines) {
    for (const { id } of findOutlets(paragraph.text, matcher)) add(id, 'published');
  }
  if (publisher) add(publisher, 'published');
  // The specific outlet first: RIA Novosti before its holding Rossiya Segodnya.
  const parents = new Set(outlets.map((outlet) => matcher.parents.get(outlet.id)).filter(Boolean));
  return [
    ...outlets.filter((outlet) => !parents.has(outlet.id)),
    ...outlets.filter((outlet) => parents.has(outlet.id)),
  ];
}

function normalise(alias: string): string {
  return alias
    .toLowerCase()
    .normalize('NFC')
    .replace(/[’']/gu, "'")
    .replace(/[-\s]+/gu, ' ');
}
