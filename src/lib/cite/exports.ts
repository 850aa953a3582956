/**
 * A transcript in forms to take away: plain text, Markdown with an anchor on
 * every passage, and one row per passage for CSV and JSON Lines. Pure and one
 * document at a time, so a build can stream the whole corpus through them.
 */
import type { CorpusDocument, Turn } from '../corpus/schema.ts';
import { formatDate } from '../site/dates.ts';
import { kindName, outletRoleName } from '../site/labels.ts';
import { routesFor } from '../site/routes.ts';

/** Names by id; the site's index fits as it is. */
export interface Names {
  /** `anonymous` marks an unnamed journalist, cited as such rather than by a role's name. */
  speaker: ReadonlyMap<string, { name: string; anonymous?: boolean }>;
  outlet: ReadonlyMap<string, { name: string }>;
}

/** The permanent address of a document, or of one passage or a range (first and last id) in it. */
export type UrlOf = (documentId: string, passageIds?: readonly string[]) => string;

export const PUBLISHER_TEXT = 'Publisher’s text';

/** "p-a" for one passage, "p-a..p-z" for a range. */
export function passageFragment(passageIds: readonly string[]): string {
  return passageIds.length > 1 ? `${passageIds[0]}..${passageIds.at(-1)}` : (passageIds[0] ?? '');
}

/** Addresses as `<site><base>interviews/<id>/#<passage>`; `base` as Astro's, "/" or "/parley/". */
export function permanentUrlOf(site: string, base = '/'): UrlOf {
  const origin = site.replace(/\/+$/, '');
  const routes = routesFor(base.replace(/^\/*/, '/'));
  return (documentId, passageIds = []) => {
    const fragment = passageFragment(passageIds);
    return `${origin}${routes.document(documentId)}${fragment ? `#${fragment}` : ''}`;
  };
}

/** Site-relative addresses, for when the site's origin is not known. */
export const relativeUrlOf: UrlOf = permanentUrlOf('', '/');

const speakerName = (names: Names, id: string | null) => (id ? (names.speaker.get(id)?.name ?? id) : null);
const outletName = (names: Names, id: string) => names.outlet.get(id)?.name ?? id;

// As the page's facts list words the people who are not the interviewers.
const OTHERS_TERM: Partial<Record<CorpusDocument['kind'], string>> = {
  interview: 'Interviewee',
  meeting: 'Speakers',
  briefing: 'Speaking',
  report: 'Reported',
};

/** The facts above a transcript, as the page words them: [term, value] pairs. */
export function documentFacts(document: CorpusDocument, names: Names): [string, string][] {
  const people = (interviewers: boolean) =>
    document.participants
      .filter((participant) => (participant.role === 'interviewer') === interviewers)
      .map((participant) => speakerName(names, participant.speaker)!);
  const interviewers = people(true);
  const others = people(false);
  const othersTerm = OTHERS_TERM[document.kind] ?? 'Speaking';
  const facts: [string, string][] = [
    ['Date', formatDate(document.date)],
    ['Kind', kindName[document.kind].one],
  ];
  if (document.outlets.length > 0) {
    facts.push([
      document.outlets.length === 1 ? 'Outlet' : 'Outlets',
      document.outlets.map(({ id, role }) => `${outletName(names, id)} (${outletRoleName[role]})`).join('; '),
    ]);
  }
  if (interviewers.length > 0)
    facts.push([interviewers.length > 1 ? 'Interviewers' : 'Interviewer', interviewers.join('; ')]);
  if (others.length > 0) facts.push([othersTerm, others.join('; ')]);
  return facts;
}

function* paragraphs(turn: Turn, names: Names): Generator<{ who: string | null; id: string; text: string }> {
  const who = speakerName(names, turn.speaker) ?? PUBLISHER_TEXT;
  for (const [index, passage] of turn.passages.entries()) {
    yield { who: index === 0 ? who : null, id: passage.id, text: passage.text };
  }
}

/**
 * The transcript as plain text: the title, the facts, then one paragraph per passage, the
 * first of each turn led by "Speaker: ". Passages are as printed; nothing is wrapped.
 */
export function documentAsText(document: CorpusDocument, names: Names, urlOf?: UrlOf): string {
  const facts = documentFacts(document, names).map(([term, value]) => `${term}: ${value}`);
  if (urlOf) facts.push(`Address: ${urlOf(document.id)}`);
  const blocks = [document.title, facts.join('\n')];
  for (const turn of document.turns) {
    for (const { who, text } of paragraphs(turn, names)) blocks.push(who ? `${who}: ${text}` : text);
  }
  return `${blocks.join('\n\n')}\n`;
}

/**
 * Text that Markdown shows as it stands: inline markup characters escaped everywhere, and
 * what would open a heading, quote, list or code block escaped at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .trim()
        .replace(/[\\`*_[\]<#|~$]/g, '\\$&')
        .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
        .replace(/^[>+=-]/, '\\$&')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}

const markdownUrl = (url: string) => url.replace(/[\s()<>]/g, encodeURIComponent);

/**
 * The transcript as Markdown: the title and facts, a heading for each turn's speaker, and
 * each passage as a paragraph that opens with an anchor named by its id and closes with a
 * link to its permanent address.
 */
export function documentAsMarkdown(document: CorpusDocument, names: Names, urlOf: UrlOf): string {
  const facts = documentFacts(document, names).map(([term, value]) => `- **${term}:** ${escapeMarkdown(value)}`);
  facts.push(`- **Permanent address:** <${markdownUrl(urlOf(document.id))}>`);
  const blocks = [`# ${escapeMarkdown(document.title)}`, facts.join('\n')];
  for (const turn of document.turns) {
    blocks.push(`## ${escapeMarkdown(speakerName(names, turn.speaker) ?? PUBLISHER_TEXT)}`);
    for (const { id, text } of paragraphs(turn, names)) {
      // A blank line inside a passage would end the paragraph before its link: kept as a line break.
      const lines = escapeMarkdown(text.replace(/\n\s*\n/g, '\n'));
      blocks.push(`<a id="${id}"></a>${lines} [¶](${markdownUrl(urlOf(document.id, [id]))})`);
    }
  }
  return `${blocks.join('\n\n')}\n`;
}

/** One passage with what a spreadsheet or a notebook needs beside it. */
export interface PassageRow {
  document: string;
  passage: string;
  /** As recorded: "2020-10-02", "2020-10", "2020", or null when nothing dates it. */
  date: string | null;
  /** The document's outlets, "; " between. */
  outlet: string;
  speaker: string | null;
  role: Turn['role'];
  topics: string[];
  text: string;
  url: string;
}

export function* passageRows(
  document: CorpusDocument,
  names: Names,
  urlOf: UrlOf = relativeUrlOf,
): Generator<PassageRow> {
  const outlet = document.outlets.map(({ id }) => outletName(names, id)).join('; ');
  for (const turn of document.turns) {
    const speaker = speakerName(names, turn.speaker);
    for (const passage of turn.passages) {
      yield {
        document: document.id,
        passage: passage.id,
        date: document.date.value,
        outlet,
        speaker,
        role: turn.role,
        topics: passage.topics,
        text: passage.text,
        url: urlOf(document.id, [passage.id]),
      };
    }
  }
}

const CSV_COLUMNS = ['document', 'passage', 'date', 'outlet', 'speaker', 'role', 'topics', 'text', 'url'] as const;

/** The CSV header line, CRLF-terminated like every line csvLine gives. */
export const CSV_HEADER = `${CSV_COLUMNS.join(',')}\r\n`;

/** A field as RFC 4180 wants it: quoted, with quotes doubled, when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One RFC 4180 record, CRLF-terminated; topics "; " between, a missing value empty. */
export function csvLine(row: PassageRow): string {
  const values = CSV_COLUMNS.map((column) => {
    const value = row[column];
    return Array.isArray(value) ? value.join('; ') : (value ?? '');
  });
  return `${values.map(csvField).join(',')}\r\n`;
}

/** One JSON Lines record, newline-terminated. */
export function jsonLine(row: PassageRow): string {
  return `${JSON.stringify(row)}\n`;
}
