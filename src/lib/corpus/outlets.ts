/**
 * Outlets a document names, with the part each played. Registry outlets are matched by any alias
 * ("CNN-Turk" and "CNN-Türk" are one outlet). An outlet the registry does not list is recognised
 * where a title or lead names one ("Interview to the Danish DR", "interviewed by The Daily Courier",
 * "BERLIN (Reuters) –") and becomes an unreviewed outlet record, listed in the report for curation.
 */
import type { OutletEntry } from './registry-schema.ts';
import type { Outlet, OutletRole } from './schema.ts';
import { isSpacedMenu, type Paragraph } from './segment.ts';
import { MONTH_NAME } from './date.ts';
import { countryOf } from './registry.ts';
import { escapeRegExp, fold, matchable, phraseRegExp, slugify } from './text.ts';
import { SITE_ROUTES } from './urls.ts';

export interface OutletMatcher {
  pattern: RegExp;
  byAlias: Map<string, string>;
  parents: Map<string, string>;
  entries: Map<string, OutletEntry>;
}

export function outletMatcher(outlets: readonly OutletEntry[]): OutletMatcher {
  const byAlias = new Map<string, string>();
  for (const outlet of outlets) {
    for (const alias of [outlet.name, ...outlet.aliases]) byAlias.set(normalise(alias), outlet.id);
  }
  const parents = new Map(outlets.flatMap((outlet) => (outlet.parent ? [[outlet.id, outlet.parent] as const] : [])));
  const names = outlets.flatMap((outlet) => [outlet.name, ...outlet.aliases]);
  return {
    // A registry with no outlets matches nothing.
    pattern: names.length > 0 ? phraseRegExp(names) : /(?!)/g,
    byAlias,
    parents,
    entries: new Map(outlets.map((outlet) => [outlet.id, outlet])),
  };
}

interface Mention {
  id: string;
  before: string;
  start: number;
  end: number;
}

/** Registry outlets mentioned in the text, in order of first mention, with the text just before each. */
export function findOutlets(printed: string, matcher: OutletMatcher): Mention[] {
  const text = matchable(printed);
  const found: Mention[] = [];
  for (const match of text.matchAll(matcher.pattern)) {
    const id = matcher.byAlias.get(normalise(match[0]));
    if (id && !found.some((entry) => entry.id === id)) {
      found.push({
        id,
        before: text.slice(Math.max(0, match.index - 40), match.index),
        start: match.index,
        end: match.index + match[0].length,
      });
    }
  }
  return found;
}

export interface DocumentOutlets {
  outlets: { id: string; role: OutletRole }[];
  /** Outlets named in the title or lead that the registry does not list. */
  discovered: Outlet[];
}

export function documentOutlets(
  places: {
    title: Paragraph | null;
    lead: readonly Paragraph[];
    datelines: readonly Paragraph[];
    body?: readonly Paragraph[];
    /** The site's navigation before the headline: its first lines often print the masthead. */
    navigation?: readonly Paragraph[];
    bylines?: readonly Paragraph[];
  },
  publisher: string | null,
  matcher: OutletMatcher,
  isPerson: (name: string) => boolean = () => false,
): DocumentOutlets {
  const outlets: { id: string; role: OutletRole }[] = [];
  const discovered: Outlet[] = [];
  const add = (id: string, role: OutletRole) => {
    if (!outlets.some((outlet) => outlet.id === id)) outlets.push({ id, role });
  };
  const discover = (paragraph: Paragraph, known: readonly Mention[], role: (before: string) => OutletRole) => {
    for (const named of namedOutlets(paragraph.text)) {
      if (known.some((mention) => mention.start < named.end && named.start < mention.end)) continue;
      const registered = matchRegistered(named.name, matcher);
      if (registered) {
        add(registered, role(named.before));
        continue;
      }
      if (isPerson(named.name) && !named.medium) continue;
      const outlet = unreviewedOutlet(named);
      if (!discovered.some((entry) => entry.id === outlet.id)) discovered.push(outlet);
      add(outlet.id, role(named.before));
    }
  };
  const leadRole = (paragraph: Paragraph) => (before: string) =>
    /according to (?:the )?$/iu.test(before)
      ? 'source'
      : /\bpublished by (?:the )?$/iu.test(before)
        ? 'published'
        : /\b(?:aired|broadcast)\b/iu.test(paragraph.text) && !/\binterview(?:ed)? (?:with|by|to)\b/iu.test(before)
          ? 'broadcast'
          : 'interviewed';

  for (const paragraph of places.datelines) {
    const mentions = findOutlets(paragraph.text, matcher);
    for (const { id } of mentions) add(id, 'published');
    discover(paragraph, mentions, () => 'published');
  }
  if (places.title) {
    const broadcast = /\bbroadcast\b/iu.test(places.title.text);
    const mentions = findOutlets(places.title.text, matcher);
    for (const { id } of mentions) add(id, broadcast ? 'broadcast' : 'interviewed');
    discover(places.title, mentions, () => (broadcast ? 'broadcast' : 'interviewed'));
  }
  for (const paragraph of places.lead) {
    const mentions = findOutlets(paragraph.text, matcher);
    const role = leadRole(paragraph);
    for (const { id, before } of mentions) add(id, role(before));
    discover(paragraph, mentions, role);
  }
  // The page's masthead ("The Riverton Ledger", "NBC News" above the headline) or a byline that
  // signs with an outlet ("By NBC News") names who published it.
  for (const name of mastheads(places.navigation ?? [], places.bylines ?? [])) {
    // Exactly: "NBC News" is one letter from "BBC News", and a masthead is printed in full.
    const registered =
      matcher.byAlias.get(normalise(name)) ?? matcher.byAlias.get(normalise(name).replace(/^the /u, ''));
    if (registered) {
      add(registered, 'published');
      continue;
    }
    if (isPerson(name)) continue;
    const outlet = unreviewedOutlet({ name, medium: guessMedium(name), country: null });
    if (!discovered.some((entry) => entry.id === outlet.id)) discovered.push(outlet);
    add(outlet.id, 'published');
  }
  // "…, President of Russia Vladimir Putin said, according to Azertag:" — a source named in the body.
  for (const paragraph of places.body ?? []) {
    if (!/according to/i.test(paragraph.text)) continue;
    for (const { id, before } of findOutlets(paragraph.text, matcher)) {
      if (/according to (?:the )?$/iu.test(before)) add(id, 'source');
    }
  }
  // The page is the publisher's, whatever else the text says of it ("According to Caliber.Az, …").
  if (publisher) {
    const named = outlets.find((outlet) => outlet.id === publisher);
    if (named) named.role = 'published';
    else add(publisher, 'published');
  }
  // The specific outlet first: RIA Novosti before its holding Rossiya Segodnya.
  const parents = new Set(outlets.map((outlet) => matcher.parents.get(outlet.id)).filter(Boolean));
  return {
    outlets: [
      ...outlets.filter((outlet) => !parents.has(outlet.id)),
      ...outlets.filter((outlet) => parents.has(outlet.id)),
    ],
    discovered,
  };
}

/** A byline signed by the paper's people, not a person or an outlet: "By Ledger Staff", "By Features Team". */
export const STAFF_SIGNATURE = /\b(?:staff|team|reporters?|correspondents?|editors?|desk|bureau|newsroom|writers?)\b/iu;

/** Words that make a short line above a headline a publication's name. */
export const MASTHEAD_WORD =
  /\b(?:news|times|post|daily|gazette|herald|journal|tribune|courier|chronicle|observer|guardian|telegraph|ledger|magazine|radio|tv|television|broadcasting|press|agency|review|weekly|express|standard|independent)\b/iu;
/** Site furniture that is never a masthead, however it is capitalised. */
const FURNITURE =
  /^(?:skip|menu|home|search|sign|log|subscribe|account|open|close|share|print|follow|watch|listen|latest|all)\b|\b(?:conferences?|briefings?|releases?|statements?|interviews?|speeches|transcripts?|room|office|center|centre|corner|hub)\b/iu;

/**
 * Outlet names a page prints as its masthead (among the first lines of its navigation, a short name
 * of two or more words with a publication's word in it: "The Riverton Ledger", "NBC News") or in
 * a byline ("By NBC News"). "The White House" or "The Federal Government" above a headline is the
 * publisher's site, not a news outlet, and is left to seeds/sources.yaml.
 */
function mastheads(navigation: readonly Paragraph[], bylines: readonly Paragraph[]): string[] {
  const names: string[] = [];
  const shaped = (text: string) => {
    const words = text.split(/\s+/u).length;
    return (
      text.length <= 60 &&
      words >= 2 &&
      words <= 6 &&
      !/[.!?:;|>»,]|\d/u.test(text) &&
      !isSpacedMenu(text) &&
      !FURNITURE.test(text) &&
      // "Official - Subject to Final Review", a running head: a sentence's words and a spaced dash
      // are no name's ("Radio France internationale" is one).
      !/\s[-–—]\s|\s(?:to|is|are|was|be|not|only)\s/u.test(text) &&
      MASTHEAD_WORD.test(text)
    );
  };
  const masthead = navigation
    .slice(0, 4)
    .map((paragraph) => paragraph.text.trim())
    .find(shaped);
  if (masthead) names.push(masthead);
  for (const paragraph of bylines) {
    const signed = /^(?:.*\/\s*)?By\s+(.+?)\s*$/u.exec(paragraph.text.trim())?.[1];
    // "By Ledger Staff", "By Sarah Ferguson": the paper's staff and people are no outlet.
    if (signed && !STAFF_SIGNATURE.test(signed) && shaped(signed)) names.push(signed);
  }
  return names;
}

export interface NamedOutlet {
  name: string;
  medium: Outlet['medium'] | null;
  country: string | null;
  before: string;
  start: number;
  end: number;
}

const MEDIUM_WORDS: [RegExp, Outlet['medium']][] = [
  [/^(?:tv|television|tv channel|television channel|channel|broadcaster|network)$/iu, 'tv'],
  [/^(?:radio|radio station)$/iu, 'radio'],
  [/^(?:news agency|agency|wire service|wire)$/iu, 'news-agency'],
  [/^(?:newspaper|daily|daily newspaper|weekly|paper)$/iu, 'newspaper'],
  [/^(?:magazine|journal)$/iu, 'magazine'],
  [/^(?:website|news website|portal|news portal|online)$/iu, 'online'],
];
const MEDIUM =
  '(?:TV channel|television channel|TV|television|channel|broadcaster|network|radio station|radio|news agency|agency|wire service|newspaper|daily newspaper|daily|weekly|magazine|news website|website|news portal|portal)';
const MEDIUM_BEFORE =
  '(?:(?:public|state|private|commercial|business|national|regional|financial|leading|independent|evening|morning|Sunday|weekly|daily|online)\\s+){0,2}(?:television channel|TV channel|radio station|news agency|daily|newspaper|broadcaster|television|TV|channel|radio|agency|magazine|weekly|paper|website|portal|network)';
const NAME_TOKEN = `(?:[“"«]?(?:\\p{Lu}[\\p{L}\\p{M}\\d&+-]*(?:\\.[\\p{L}\\d]+)*|\\d+[\\p{L}]*)[”"»]?)`;
const NAME = `${NAME_TOKEN}(?:\\s+(?:of|de|du|des|la|le|el|al|and|&|the)\\s+${NAME_TOKEN}|\\s+${NAME_TOKEN}){0,5}`;
/** A nationality or a city before the name: "the Danish DR", "the Lisbon daily Público", "Japan’s Nikkei". */
const PLACE = `(?:(?:\\p{Lu}\\p{Ll}+(?:’s|'s)?)\\s+)?`;
const VERB =
  '(?:[Ii]nterview(?:ed)?|[Ss]poke|[Ss]peaking|[Tt]alked|[Tt]alking|[Tt]old|[Aa]ccording to|[Pp]ublished (?:by|in)|[Bb]roadcast (?:by|on)|[Aa]ired (?:by|on)|[Pp]roduced by|[Ww]riting for|[Ww]rote for)';
/** "interview to the Danish DR", "Interview of the President … with Le Monde", "told Reuters news agency". */
const INTRODUCED = new RegExp(
  `\\b${VERB}(?:\\s+[^.;:!?]{0,60}?)??\\s+(?:to|with|by|for|on|in)\\s+(?:an?\\s+|the\\s+)?(${PLACE})(?:${MEDIUM_BEFORE}\\s+)?(${NAME})(?:\\s+(${MEDIUM}))?`,
  'gu',
);
/** "the Japanese Nikkei newspaper", "Rai News 24 TV channel": a name followed by what it is. */
const DESCRIBED = new RegExp(`(?:^|\\b(?:the|by|to|with|on)\\s+)(${PLACE})(${NAME})\\s+(${MEDIUM})\\b`, 'gu');
/** "the daily Le Monde", "the public broadcaster DR", "the business daily Børsen": what it is, then its name. */
const NAMED_AFTER = new RegExp(`\\b(?:the|a|an|of|by|to|in)\\s+(${PLACE})${MEDIUM_BEFORE}\\s+(${NAME})`, 'gu');
/** "Hufvudstadsbladet journalists Karin Lindqvist", "The Guardian’s Nordic correspondent", "a correspondent of the Financial Times". */
const STAFF =
  '(?:journalists?|correspondents?|reporters?|editors?|editor-in-chief|columnists?|anchors?|hosts?|presenters?)';
const EMPLOYER = new RegExp(`(${NAME})(?:’s|'s)?\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?${STAFF}\\b`, 'gu');
const EMPLOYED = new RegExp(`\\b${STAFF}\\s+(?:of|for|at|from|with)\\s+(?:the\\s+)?(${PLACE})(${NAME})`, 'gu');
/**
 * "Trend presents an exclusive interview with …": an agency's lead names the agency as the subject
 * that presents or publishes the interview. A person who presents one is named in full, so a name of
 * one word here is the publisher's.
 */
const PRESENTS = new RegExp(
  `(?:^|[.!?]\\s+)(${NAME})\\s+(?:presents|publishes|offers)\\s+(?:an?|its|the)\\s+(?:[\\p{L}-]+\\s+){0,2}interview\\b`,
  'gu',
);
/** "*The Policy Desk*": a publication's name set in italics, as style guides print them. */
const ITALIC_TITLE = /(?:^|\s)[*_]((?:The |Le |La |El |Der |Die |Il )?\p{Lu}[^*_\n]{1,40}?)[*_](?=\s|$|[·,.;:])/gu;
/** "BERLIN (Reuters) –": a news agency's dateline. */
const DATELINE = /^[\p{Lu}][\p{Lu} .'-]+,?(?: [\p{L} ]+)?\s+\(([\p{L}][\p{L} .&-]{0,30})\)\s*[–—-]/u;

const STARTS_WITH_MONTH = new RegExp(`^${MONTH_NAME}\\b`, 'u');

/** Outlet names a title, lead or dateline introduces, whether or not the registry lists them. */
export function namedOutlets(printed: string): NamedOutlet[] {
  const text = matchable(printed);
  const found: NamedOutlet[] = [];
  const push = (
    name: string,
    place: string,
    medium: string | undefined,
    start: number,
    end: number,
    mediumAfter = false,
  ) => {
    // "The Guardian’s Nordic correspondent": the outlet's name ends at its possessive.
    const cleaned = name
      .replace(/[“”"«»]/gu, '')
      .replace(/[’']s(?:\s.*)?$/u, '')
      // "Tele Adriatica TV channel": the medium said twice belongs to the description, not the name.
      .replace(mediumAfter ? /\s+(?:TV|Television)$/u : /$^/u, '')
      .trim();
    if (!cleaned || found.some((entry) => entry.start < end && start < entry.end)) return;
    // "The hosts", "the TV channel": an article or a medium word alone names nothing; nor do a
    // nationality ("Kenyan television channel …") or a date ("recorded on September 17").
    if (/^(?:the|a|an|tv|television|radio|channel|agency|newspaper|daily|press|media|news)$/iu.test(cleaned)) return;
    // "the Portuguese daily Público", "the Lisbon daily Público": what stands before "daily" is no outlet.
    if (new RegExp(`^\\s+${MEDIUM_BEFORE}\\s+\\p{Lu}`, 'u').test(text.slice(start + name.length))) return;
    const mediumName = medium ? (MEDIUM_WORDS.find(([pattern]) => pattern.test(medium))?.[1] ?? null) : null;
    const country = place ? countryOf(place.replace(/[’']s$/u, '').trim()) : null;
    // A capitalised word before the name that is no country's is the first word of the name ("Deutsche Welle").
    const fullName = place && !country && !medium ? `${place.trim()} ${cleaned}` : cleaned;
    if (!/\p{L}/u.test(cleaned) || countryOf(fullName) !== null || STARTS_WITH_MONTH.test(fullName)) return;
    found.push({
      name: fullName,
      medium: mediumName ?? guessMedium(fullName),
      country,
      before: text.slice(Math.max(0, start - 40), start),
      start,
      end,
    });
  };
  const dateline = DATELINE.exec(text);
  if (dateline?.[1]) {
    const start = dateline.index + dateline[0].indexOf('(') + 1;
    push(dateline[1], '', 'news agency', start, start + dateline[1].length);
  }
  const at = (match: RegExpMatchArray, group: string) => (match.index ?? 0) + match[0].lastIndexOf(group);
  for (const match of text.matchAll(NAMED_AFTER)) {
    const medium =
      /(?:daily|newspaper|broadcaster|television|TV channel|TV|channel|radio|news agency|agency|magazine|weekly|paper|website|portal|network)\s+$/u.exec(
        match[0].slice(0, match[0].lastIndexOf(match[2] ?? '')),
      )?.[0];
    push(
      match[2] ?? '',
      match[1] ?? '',
      medium?.trim(),
      at(match, match[2] ?? ''),
      (match.index ?? 0) + match[0].length,
    );
  }
  for (const match of text.matchAll(PRESENTS)) {
    const name = match[1] ?? '';
    // "Chika Okonkwo … Okonkwo offers a rare interview": a surname the text gives a person is no agency.
    const surname =
      !/\s/u.test(name) && new RegExp(`\\p{Lu}\\p{Ll}+\\s+${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(text);
    if (!surname && (plausibleName(name, false) || !/\s/u.test(name)))
      push(name, '', undefined, at(match, name), at(match, name) + name.length);
  }
  for (const match of text.matchAll(ITALIC_TITLE)) {
    const name = match[1] ?? '';
    if (plausibleName(name, false)) push(name, '', undefined, at(match, name), at(match, name) + name.length);
  }
  for (const pattern of [DESCRIBED, INTRODUCED, EMPLOYED]) {
    for (const match of text.matchAll(pattern)) {
      const name = match[2] ?? '';
      if (!plausibleName(name, Boolean(match[3]))) continue;
      push(name, match[1] ?? '', match[3], at(match, name), (match.index ?? 0) + match[0].length, Boolean(match[3]));
    }
  }
  for (const match of text.matchAll(EMPLOYER)) {
    const name = match[1] ?? '';
    const bare = name.replace(/^(?:The|the)\s+/u, '');
    // "President Marchetti’s adviser" is no outlet: a person's name or a title starts it.
    if (!plausibleName(name, false) && !/^[\p{Lu}][\p{Ll}]{6,}$/u.test(bare)) continue;
    push(name, '', undefined, at(match, name), at(match, name) + name.length);
  }
  return found;
}

/**
 * A name can be an outlet's when it is an acronym, starts with "The", has a medium word after it or
 * in it, or is not shaped like a person's name (two or three capitalised words).
 */
function plausibleName(name: string, hasMedium: boolean): boolean {
  const words = name.replace(/[“”"«»]/gu, '').split(/\s+/u);
  const first = fold(words[0] ?? '');
  // "President Macron", "Dr. Smith" are people; "DR" in capitals is the Danish broadcaster.
  if (/^(?:President|Prime|Minister|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Chancellor|His|Her)$/u.test(words[0] ?? '')) return false;
  if (hasMedium) return true;
  if (/^[\p{Lu}\d&-]{2,}$/u.test(words[0] ?? '') && words.length <= 3) return true;
  if (first === 'the' || /[“"«]/u.test(name)) return true;
  return guessMedium(name) !== null;
}

const MEDIUM_IN_NAME: [RegExp, Outlet['medium']][] = [
  [/\b(?:TV|Television|Channel|Broadcasting|Broadcast)\b/u, 'tv'],
  [/\b(?:Radio|FM)\b/u, 'radio'],
  [/\b(?:Agency|Press|Wire|News Service)\b/u, 'news-agency'],
  [
    /\b(?:Times|Post|Daily|Gazette|Herald|Journal|Tribune|Courier|Chronicle|Observer|Guardian|Telegraph|Express|Mail|Independent|Standard|Zeitung|Kurier|Monde|Figaro|País|Pais|Corriere|Repubblica|Messenger|Courant|Globe|Sun|Star|Mirror|Record|Review|Bulletin|Gazeta|Pravda|Izvestia)\b/u,
    'newspaper',
  ],
  [/\b(?:Magazine|Weekly|Monthly|Quarterly)\b/u, 'magazine'],
];

function guessMedium(name: string): Outlet['medium'] | null {
  return MEDIUM_IN_NAME.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

/** The registry outlet this name spells, allowing "the", a medium word and a one-letter slip. */
export function matchRegistered(name: string, matcher: OutletMatcher): string | null {
  const bare = normalise(name)
    .replace(/^the /u, '')
    .replace(/ (?:tv|television|channel|news agency|agency|newspaper)$/u, '');
  const exact = matcher.byAlias.get(bare) ?? matcher.byAlias.get(normalise(name));
  if (exact) return exact;
  if (bare.length < 6) return null;
  for (const [alias, id] of matcher.byAlias) {
    if (alias.length >= 6 && Math.abs(alias.length - bare.length) <= 1 && withinOneEdit(alias, bare)) return id;
  }
  return null;
}

/**
 * The outlet a reporter's label names ("CCTV", "Question (Reuters)", "Camille Roussel, France Info"):
 * the registry's, or a new one marked unreviewed.
 */
export function outletNamed(name: string, matcher: OutletMatcher): { id: string; discovered: Outlet | null } | null {
  const cleaned = name.replace(/[“”"«»]/gu, '').trim();
  if (!/\p{L}{2}/u.test(cleaned) || cleaned.split(/\s+/u).length > 6) return null;
  const registered = matchRegistered(cleaned, matcher);
  if (registered) return { id: registered, discovered: null };
  const outlet = unreviewedOutlet({
    name: cleaned,
    medium: guessMedium(cleaned),
    country: null,
    before: '',
    start: 0,
    end: 0,
  });
  return { id: outlet.id, discovered: outlet };
}

function unreviewedOutlet(named: Pick<NamedOutlet, 'name' | 'medium' | 'country'> & Partial<NamedOutlet>): Outlet {
  const id = slugify(named.name, 6) || `outlet-${slugify(fold(named.name), 6)}`;
  return {
    id,
    name: named.name,
    aliases: [],
    url: SITE_ROUTES.outlet(id),
    medium: named.medium ?? 'unknown',
    country: named.country,
    reviewed: false,
  };
}

function normalise(alias: string): string {
  return fold(alias.replace(/[’']/gu, "'")).replace(/[-\s]+/gu, ' ');
}

export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else if (a[i + 1] === b[j] && a[i] === b[j + 1]) {
      i += 2;
      j += 2;
    } else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
