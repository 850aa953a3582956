/**
 * Citations of a passage or a range of passages, in four forms: a line for a
 * reader to paste, CSL-JSON, BibTeX and RIS. Built from a small plain input
 * that the page script can read off `data-*` attributes, so nothing here needs
 * the corpus; no Node or DOM APIs, so it runs on the page and in the build.
 */

export interface Cut {
  /** [start, end) offsets in `CitationInput.text`. */
  start: number;
  end: number;
}

export interface CitationInput {
  /** Who speaks the passage(s); null for the publisher's own text. */
  speaker: string | null;
  /**
   * Set false for a speaker who is not a person with a given and a family name (an unnamed
   * journalist, a press service): the name is then cited as printed. Left out, it is guessed.
   */
  speakerIsPerson?: boolean;
  /** For speech that a report quotes: the publisher who quotes it. */
  quotedBy?: string | null;
  /** The whole passage, or the whole range joined with "\n\n". */
  text: string;
  /** The words the reader left out, each shown as " … ". */
  cut?: Cut[] | null;
  title: string;
  /** As the page words it ("Interview", "Press conference"); the record's "press-conference" works too. */
  kind: string;
  /** The interviewer's name, or "unnamed journalist". */
  interviewer?: string | null;
  outlets: string[];
  /** `display` is the date as worded on the page ("2 October 2020", "between 13 and 21 October 2020"). */
  date: { value: string | null; precision: string; display: string };
  /** The absolute permanent URL of the passage or range. */
  url: string;
  /** Where the transcript was first published, when known. */
  originalUrl?: string | null;
  siteName: string;
  /** ISO day the reader accessed the page. */
  accessed: string;
  documentId: string;
  passageIds: string[];
}

/** A CSL name: a person's parts, or a name to print as it stands. */
export type CslName =
  { family: string; given: string; 'non-dropping-particle'?: string; suffix?: string } | { literal: string };

export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'interview' | 'speech' | 'article-newspaper';
  title: string;
  author?: CslName[];
  interviewer?: CslName[];
  'container-title'?: string;
  publisher: string;
  genre?: string;
  issued?: { 'date-parts': [number[]] };
  accessed?: { 'date-parts': [number[]] };
  URL: string;
  note: string;
}

// Paragraphs of a range are kept apart by the mark Parley already uses for passages,
// so a range that runs from a question into its answer does not read as one voice.
const PARAGRAPH = ' ¶ ';

/** The quoted words: the reader's cuts as " … ", paragraphs kept apart by " ¶ ". */
export function quotedText(text: string, cuts?: readonly Cut[] | null): string {
  const spans = (cuts ?? [])
    .map(({ start, end }) => [Math.max(0, start), Math.min(text.length, end)] as const)
    .filter(([start, end]) => start < end)
    .sort((a, b) => a[0] - b[0]);
  const pieces: string[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) pieces.push(text.slice(at, start));
    else if (pieces.length === 0 && at === 0) pieces.push('');
    at = Math.max(at, end);
  }
  pieces.push(text.slice(at));
  // A cut right after another, or separated from it by spaces only, is one omission, not two.
  const kept = pieces.map((piece) => piece.trim()).filter((piece, i, all) => piece || i === 0 || i === all.length - 1);
  return kept
    .join(' … ')
    .trim()
    .replace(/\s*\n\s*\n\s*/g, PARAGRAPH)
    .replace(/\s*\n\s*/g, ' ');
}

/**
 * Text to be set inside “…”: its own double quotes become single and its single quotes double.
 * A ’ counts as a closing quote only when a ‘ is open and no letter follows, so apostrophes stay.
 */
export function nestQuotes(text: string): string {
  let open = 0;
  return text
    .replace(/(^|[\s([{‘“])"/gu, '$1“')
    .replace(/"/g, '”')
    .replace(/[“”‘’]/g, (mark, offset: number, whole: string) => {
      if (mark === '“') return '‘';
      if (mark === '”') return '’';
      if (mark === '‘') {
        open++;
        return '“';
      }
      if (open > 0 && !/\p{L}/u.test(whole[offset + 1] ?? '')) {
        open--;
        return '”';
      }
      return mark;
    });
}

const kindKey = (kind: string) => kind.trim().toLowerCase().replace(/\s+/g, '-');
const lowerFirst = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);
const upperFirst = (text: string) => text.replace(/^\p{Ll}/u, (char) => char.toUpperCase());
const isoParts = (iso: string | null) => (iso?.match(/^\d{4}(?:-\d{2}){0,2}$/) ? iso.split('-').map(Number) : null);

// The site's own date wording, repeated here so that the page script carries no more than this.
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** "2026-11-30" → "30 November 2026", as the page words a day. */
function accessedWords(iso: string): string {
  const [year, month, day] = isoParts(iso) ?? [];
  return year && month && day ? `${day} ${MONTHS[month - 1]} ${year}` : iso;
}

/** "interview by X", "press conference, questions by X", or just the kind. */
function kindPhrase(input: CitationInput): string {
  const kind = lowerFirst(input.kind.replace(/-/g, ' ').trim());
  if (!input.interviewer) return kind;
  const by = input.interviewer.replace(/^unnamed\b/i, 'an $&');
  return kindKey(input.kind) === 'interview' ? `${kind} by ${by}` : `${kind}, questions by ${by}`;
}

/**
 * The line a reader pastes: who, the words they chose, the document, Parley's permanent
 * address, when it was read, and the first publication when known.
 */
export function humanCitation(input: CitationInput): string {
  const who = input.speaker
    ? input.quotedBy
      ? `${input.speaker}, quoted by ${input.quotedBy}`
      : input.speaker
    : 'Publisher’s text';
  const about = [`In “${nestQuotes(input.title)}”`, kindPhrase(input), input.outlets.join(', '), input.date.display]
    .filter(Boolean)
    .join(', ');
  const original = input.originalUrl ? ` First published at ${input.originalUrl}.` : '';
  return (
    `${who}: “${nestQuotes(quotedText(input.text, input.cut))}” ${about}. ` +
    `${input.siteName}, ${input.url}, accessed ${accessedWords(input.accessed)}.${original}`
  );
}

// "von der" in "Ursula von der Leyen", "bin" in "Mohammed bin Salman": lowercase words before the family name.
const PARTICLE = /^\p{Ll}+$/u;
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
// Words that mark a role or a body rather than a person's name.
const NOT_A_PERSON =
  /\b(?:interviewer|journalist|correspondent|reporter|host|presenter|moderator|anchor|spokes\w*|press|service|office|ministry|agency|channel|tv|news|radio|committee|council|government|administration|embassy|department|parliament|unnamed|unknown|anonymous|staff|editors?|team)\b/iu;

/** "Ilham Aliyev" → {family: "Aliyev", given: "Ilham"}; a role, a body or an odd shape → {literal}. */
export function personName(name: string, isPerson?: boolean): CslName {
  const literal = { literal: name.trim() };
  if (isPerson === false || (isPerson === undefined && (NOT_A_PERSON.test(name) || /[\d,;:()/&@]/.test(name)))) {
    return literal;
  }
  const words = name.trim().split(/\s+/);
  const suffix = words.length > 2 && SUFFIX.test(words.at(-1)!) ? words.pop() : undefined;
  let first = words.length - 1;
  while (first > 1 && PARTICLE.test(words[first - 1]!)) first--;
  const given = words.slice(0, first);
  const family = words.at(-1);
  if (!family || given.length === 0 || words.length > 6 || !given.every((word) => /^\p{Lu}/u.test(word))) {
    return literal;
  }
  return {
    family,
    given: given.join(' '),
    ...(first < words.length - 1 && { 'non-dropping-particle': words.slice(first, -1).join(' ') }),
    ...(suffix && { suffix }),
  };
}

/** "Family, Given" as BibTeX and RIS spell a person; a literal as it stands. */
function invertedName(name: CslName): string {
  if ('literal' in name) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return name.suffix ? `${family}, ${name.suffix}, ${name.given}` : `${family}, ${name.given}`;
}

function asciiWord(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐðÐ]/g, 'd')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
  return folded.slice(0, 24);
}

const authorOf = (input: CitationInput): CslName | null =>
  input.speaker ? personName(input.speaker, input.speakerIsPerson) : null;

/**
 * The same for the same passage or range on every visit, and different for any other:
 * "aliyev:2020-10-02-al-jazeera:p-xa7hrrdv", or "…:p-first..p-last" for a range.
 */
export function citationKey(input: CitationInput): string {
  const author = authorOf(input);
  const who = author ? asciiWord('literal' in author ? author.literal : author.family) : '';
  const ids = input.passageIds.length > 1 ? `${input.passageIds[0]}..${input.passageIds.at(-1)}` : input.passageIds[0];
  return [who || 'parley', input.documentId, ids].filter(Boolean).join(':');
}

function cslType(kind: string): CslItem['type'] {
  const key = kindKey(kind);
  if (key === 'interview') return 'interview';
  // A news report quoting someone is an article of its outlet; CSL's plain "article" is for preprints.
  if (key === 'report') return 'article-newspaper';
  return 'speech';
}

/** The date parts the precision vouches for: [2020, 10, 2], [2020, 10] or [2020]. */
function dateParts(date: CitationInput['date']): number[] | null {
  const parts = isoParts(date.value);
  if (!parts) return null;
  const kept = { day: 3, month: 2, year: 1 }[date.precision] ?? parts.length;
  return parts.slice(0, kept);
}

/** The sentences every machine format carries beside the fields: the quote and where it came from. */
function notes(input: CitationInput, withInterviewer: boolean): string[] {
  return [
    `“${nestQuotes(quotedText(input.text, input.cut))}”`,
    withInterviewer && input.interviewer ? `${upperFirst(kindPhrase(input))}.` : '',
    input.quotedBy ? `Quoted by ${input.quotedBy}.` : '',
    input.originalUrl ? `First published at ${input.originalUrl}.` : '',
  ].filter(Boolean);
}

export function cslJson(input: CitationInput): CslItem {
  const key = citationKey(input);
  const type = cslType(input.kind);
  const author = authorOf(input);
  const issued = dateParts(input.date);
  const accessed = isoParts(input.accessed);
  return {
    id: key,
    'citation-key': key,
    type,
    title: input.title,
    ...(author && { author: [author] }),
    ...(input.interviewer && { interviewer: [personName(input.interviewer)] }),
    ...(input.outlets.length > 0 && { 'container-title': input.outlets.join(', ') }),
    publisher: input.siteName,
    ...(type === 'speech' && { genre: upperFirst(input.kind.replace(/-/g, ' ')) }),
    ...(issued && { issued: { 'date-parts': [issued] } }),
    ...(accessed && { accessed: { 'date-parts': [accessed] } }),
    URL: input.url,
    note: notes(input, false).join('\n'),
  };
}

/** Text safe in a braced BibTeX value: LaTeX's special characters escaped, UTF-8 kept. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (char) => {
    if (char === '\\') return '\\textbackslash{}';
    if (char === '^') return '\\textasciicircum{}';
    if (char === '~') return '\\textasciitilde{}';
    return `\\${char}`;
  });
}

/**
 * A BibTeX entry that classic BibTeX and biblatex both read: @misc (an @article of the
 * outlet for a report), the outlet as howpublished for styles to print and as publisher
 * for tools to import, the quote in annote, which bibliography styles leave out.
 */
export function bibtex(input: CitationInput): string {
  const author = authorOf(input);
  const parts = dateParts(input.date) ?? [];
  const [year, month, day] = parts;
  const outlets = input.outlets.join(', ');
  const isArticle = cslType(input.kind) === 'article-newspaper' && outlets !== '';
  const how = [upperFirst(kindPhrase(input)), outlets].filter(Boolean).join(', ');
  const fields: [string, string | undefined][] = [
    [
      'author',
      // A literal in braces, so BibTeX does not split "Al Jazeera interviewer" into names.
      author
        ? 'literal' in author
          ? `{${bibtexEscape(author.literal)}}`
          : bibtexEscape(invertedName(author))
        : undefined,
    ],
    // Double braces keep a style from lowercasing the names that fill these titles.
    ['title', `{${bibtexEscape(input.title)}}`],
    [isArticle ? 'journal' : 'howpublished', bibtexEscape(isArticle ? outlets : how)],
    ['publisher', outlets ? bibtexEscape(outlets) : undefined],
    ['year', year?.toString()],
    // The month macro ("oct"): classic styles print the month's name, biber reads it as a number.
    ['month', month ? MONTHS[month - 1]?.slice(0, 3).toLowerCase() : undefined],
    ['day', day?.toString()],
    ['url', input.url.replace(/[{}\s]/g, encodeURIComponent)],
    ['urldate', isoParts(input.accessed) ? input.accessed : undefined],
    ['note', bibtexEscape(notes(input, isArticle).slice(1).concat(`Transcript on ${input.siteName}.`).join(' '))],
    ['annote', bibtexEscape(notes(input, false)[0]!)],
  ];
  const body = fields
    .filter((field): field is [string, string] => Boolean(field[1]))
    .map(([name, value]) => `  ${name} = ${name === 'month' ? value : `{${value}}`},`)
    .join('\n');
  return `@${isArticle ? 'article' : 'misc'}{${citationKey(input)},\n${body}\n}\n`;
}

const risDate = (parts: number[]) =>
  `${parts[0]}/${parts[1]?.toString().padStart(2, '0') ?? ''}/${parts[2]?.toString().padStart(2, '0') ?? ''}/`;

/**
 * A RIS record: one tag a line, CRLF line ends as the format asks. Every kind is GEN with the
 * kind as type of work: NEWS would make the speaker the article's reporter and, in readers
 * that follow the 2011 tag list, drop all of the date but the year.
 */
export function ris(input: CitationInput): string {
  const author = authorOf(input);
  const issued = dateParts(input.date);
  const accessed = isoParts(input.accessed);
  const tags: [string, string | undefined | null][] = [
    ['TY', 'GEN'],
    ['ID', citationKey(input)],
    ['AU', author && invertedName(author)],
    ['TI', input.title],
    ['T2', input.outlets.join(', ')],
    ['M3', upperFirst(input.kind.replace(/-/g, ' '))],
    ['PB', input.siteName],
    // Parley is also where the record comes from; a 2011-list tag that also keeps readers from
    // taking a record with an ID and no date for the old list, where Y2 is not the access date.
    ['DB', input.siteName],
    ['PY', issued?.[0]?.toString()],
    ['DA', issued && issued.length > 1 ? risDate(issued) : undefined],
    ['UR', input.url],
    ['Y2', accessed && risDate(accessed)],
    ['N1', notes(input, true).join(' ')],
  ];
  const lines = tags
    .filter((tag): tag is [string, string] => Boolean(tag[1]))
    .map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`);
  return `${lines.join('\r\n')}\r\nER  - \r\n`;
}
