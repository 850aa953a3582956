/**
 * Step 2, segment: numbered lines to documents. Finds paragraphs, removes
 * registered boilerplate (reporting every removed line), splits compilations
 * at their title lines, and separates each document's title and publisher's
 * lead from its body.
 */
import type { BoilerplateEntry } from './registry-schema.ts';
import type { Removed } from './schema.ts';
import type { SourceFile } from './read.ts';
import { CorpusError } from './errors.ts';
import {
  stopLabelBeforeWords,
  SYMBOL_LABEL,
  LINK_ITEM,
  COURTESY_DASH_LABEL,
  FULL_WIDTH_COLON_LABEL,
  NOTES_ONLY,
  PERSONAL_PRONOUN,
  PHOTO_CAPTION,
  QUESTION_NUMBER,
  isSpeechHeading,
  isTranscriptNote,
} from './markers.ts';
import { MONTH_NAME } from './date.ts';
import { continuedLines, joinWrapped } from './wrap.ts';
import {
  escapeRegExp,
  finalLiteral,
  inTitleCase,
  isInvisible,
  matchable,
  wordCount,
  withoutQuotations,
} from './text.ts';

export interface Paragraph {
  line: number;
  /** The last line of a paragraph hard-wrapped over several (./wrap.ts); absent when it is one line. */
  endLine?: number;
  /** The line without surrounding white space and without any inline removal; a wrapped paragraph's lines joined by a space. */
  text: string;
  /** Blank lines right before this one: two or more inside a conversation mark a missing line. */
  blankBefore: number;
  /** A court reporter's numbered line, its number taken off: a line of a paragraph, not all of one. */
  numbered?: true;
}

export interface RawDocument {
  file: string;
  startLine: number;
  endLine: number;
  title: Paragraph | null;
  /** Publisher's lead paragraphs, before the conversation or report body. */
  lead: Paragraph[];
  body: Paragraph[];
  /** Removed dateline texts, kept as date evidence. */
  datelines: Paragraph[];
  /** Removed bylines ("By Nadia Ferrante"): in an interview, who asked. */
  bylines: Paragraph[];
  /** The site's navigation before the headline, removed but kept for naming: pages often name their principal there. */
  navigation: Paragraph[];
}

export interface Segmentation {
  documents: RawDocument[];
  removed: Removed[];
}

/** Headlines that announce one interview of a compilation ("Ilham Aliyev was interviewed by …"). */
const INTERVIEW_HEADLINE =
  /\b(?:was interviewed by|gave (?:an |a video )?interview to|broadcast (?:an )?interview with|took questions (?:on|from)|interviewed by|in an interview (?:with|to))\b/iu;

export function toParagraphs(source: SourceFile): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let blank = 0;
  source.lines.forEach((raw, index) => {
    const text = raw.trim();
    if (text === '') {
      blank++;
      return;
    }
    paragraphs.push({ line: index + 1, text, blankBefore: index === blank ? Infinity : blank });
    blank = 0;
  });
  if (isSubtitleFile(paragraphs)) return cueParagraphs(paragraphs);
  const continued = continuedLines(source.lines);
  // A court reporter's numbered lines are read one by one, their numbers taken off (numberedLines).
  if (continued.size === 0 || numberedLines(paragraphs).size > 0) return paragraphs;
  const joined: Paragraph[] = [];
  for (const paragraph of paragraphs) {
    const above = joined.at(-1);
    if (above && continued.has(paragraph.line)) {
      above.text = joinWrapped(above.text, paragraph.text);
      above.endLine = paragraph.line;
    } else {
      joined.push({ ...paragraph });
    }
  }
  return joined;
}

/** "00:00:09,960 --> 00:00:13,440": a subtitle cue's timing (SubRip; WebVTT sets a full stop), and any settings after it. */
const CUE_TIMING = /^(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}(?:\s.*)?$/u;
/** A cue's number, on the line over its timing. */
const CUE_NUMBER = /^\d{1,6}$/u;
/** A dialogue dash: the next line of the cue is another voice's. */
const CUE_DASH = /^[-–—]/u;
/**
 * "MARGARET: All of them?", "<v Tor Einar Vik>Det luktet penger!": a line of the cue that names its
 * speaker, in a label or in WebVTT's voice tag, another voice's too.
 */
const CUE_SPEAKER = /^\p{Lu}[\p{Lu}\p{M}'’. -]{0,30}:\s|^<v[\s.]/u;

/** A subtitle file (SubRip's .srt, WebVTT): cue after cue, each timed on a line of its own. */
function isSubtitleFile(paragraphs: readonly Paragraph[]): boolean {
  let timed = 0;
  for (const paragraph of paragraphs) if (CUE_TIMING.test(paragraph.text)) timed++;
  return timed >= 3 && timed * 5 >= paragraphs.length;
}

/**
 * A subtitle file's paragraphs: a cue's number and timing each a line of their own (removed later as
 * such, subtitleFurniture), and its text one paragraph, where a dialogue dash does not give a line to
 * another voice.
 */
function cueParagraphs(paragraphs: readonly Paragraph[]): Paragraph[] {
  const joined: Paragraph[] = [];
  for (const paragraph of paragraphs) {
    const above = joined.at(-1);
    const sameCue =
      above !== undefined &&
      paragraph.blankBefore === 0 &&
      (above.endLine ?? above.line) === paragraph.line - 1 &&
      !CUE_TIMING.test(above.text) &&
      !CUE_TIMING.test(paragraph.text) &&
      !CUE_DASH.test(paragraph.text) &&
      !CUE_SPEAKER.test(paragraph.text) &&
      !(CUE_NUMBER.test(above.text) && above.blankBefore > 0);
    if (above && sameCue) {
      above.text = `${above.text} ${paragraph.text}`;
      above.endLine = paragraph.line;
    } else joined.push({ ...paragraph });
  }
  return joined;
}

/** Indexes of a subtitle file's cue numbers and timings, and the WebVTT header: the file's furniture, not its words. */
function subtitleFurniture(group: readonly Paragraph[]): Map<number, Removed['reason']> {
  const furniture = new Map<number, Removed['reason']>();
  if (!isSubtitleFile(group)) return furniture;
  const webVtt = /^WEBVTT\b/u.test(group[0]?.text ?? '');
  const firstCue = group.findIndex((paragraph) => CUE_TIMING.test(paragraph.text));
  group.forEach((paragraph, index) => {
    // WebVTT's header and its settings under it ("Kind: captions", "Language: en"), before the first cue.
    if (webVtt && index < firstCue && !(index === firstCue - 1 && CUE_NUMBER.test(paragraph.text)))
      furniture.set(index, 'boilerplate');
    else if (CUE_TIMING.test(paragraph.text)) furniture.set(index, 'timestamp');
    else if (CUE_NUMBER.test(paragraph.text) && CUE_TIMING.test(group[index + 1]?.text ?? ''))
      furniture.set(index, 'line-number');
  });
  return furniture;
}

/** " 7    BY MR. FROST:": a court reporter's line number in the margin, before the line's words. */
const LINE_NUMBER = /^\d{1,2}(?=\s+\S)\s+/u;
const WIDE_LINE_NUMBER = /^\d{1,2}(?=\s{2,}\S)\s+/u;
/** "July 2016", "juillet 2016": a month's word and a year, in any language, after a day's number. */
const MONTH_AND_YEAR = /^\p{L}+\.? \d{4}$/u;

/**
 * The lines of a transcript printed on numbered pages (1 to 25 a page, as court reporters and some
 * hearings print them): at least ten numbered lines, most numbered one after the one before. Each
 * line's number as printed, with the spaces after it, by its line.
 */
function numberedLines(paragraphs: readonly Paragraph[]): Map<number, string> {
  // Where the margin sets its numbers apart by two spaces, a line opening with a number and one
  // space is the text's own ("7 Rolls Buildings", "11 March 2025" on the cover page). Where it sets
  // them apart by one, the lines it centres ("6             PROFESSOR OWAIN TREHARNE (affirmed)")
  // are the only ones so spaced: too few, and out of sequence, to be the margin.
  let wideTried = false;
  for (const pattern of [WIDE_LINE_NUMBER, LINE_NUMBER]) {
    const numbered = paragraphs.flatMap((paragraph) => {
      const number = pattern.exec(paragraph.text);
      if (!number) return [];
      const dated = MONTH_AND_YEAR.test(paragraph.text.slice(number[0].length));
      return [{ line: paragraph.line, number: Number.parseInt(number[0], 10), printed: number[0], dated }];
    });
    if (pattern === WIDE_LINE_NUMBER && numbered.length > 0) wideTried = true;
    if (numbered.length < 10) continue;
    // Past a line set apart by two spaces that is no margin, only numbers that start again on page
    // after full page are a reporter's: a chart's "1  The Harbour Lights" over "2 Kiki Vance", to
    // 20 and again to 10, is a list.
    const pagesTurned = numbered.filter((entry, at) => entry.number === 1 && (numbered[at - 1]?.number ?? 0) >= 20);
    if (pattern === LINE_NUMBER && wideTried && pagesTurned.length < 2) continue;
    const inSequence = numbered.filter((entry, at) => at > 0 && entry.number === (numbered[at - 1]?.number ?? 0) + 1);
    if (inSequence.length < numbered.length * 0.7) continue;
    // Set apart by one space only, numbers in sequence may be a text's own (a chapter's verses): a
    // reporter's start again at 1 on the next page, whose header may print a number of its own just
    // before ("7 July 2016" over "1 P R O C E E D I N G S").
    const restarts = numbered.some(
      (entry, at) =>
        entry.number === 1 && numbered.slice(Math.max(0, at - 3), at).some((before) => before.number >= 10),
    );
    if (pattern === WIDE_LINE_NUMBER) return new Map(numbered.map((entry) => [entry.line, entry.printed]));
    // Set apart by one space, a number before a month and a year, out of the margin's order, is a date's
    // (a page header's "7 July 2016" between a page's 25 and the next one's 1).
    const outOfOrder = (entry: (typeof numbered)[number], at: number) =>
      entry.dated && entry.number !== 1 && entry.number !== (numbered[at - 1]?.number ?? 0) + 1;
    if (restarts)
      return new Map(
        numbered.filter((entry, at) => !outOfOrder(entry, at)).map((entry) => [entry.line, entry.printed]),
      );
  }
  return new Map();
}

/** A sentence of speech that ends by announcing what it quotes ("… I will read it exactly as we recorded it:"). */
function announcesQuotation(paragraph: Paragraph | undefined): boolean {
  return (
    paragraph !== undefined &&
    /:\s*$/u.test(paragraph.text) &&
    wordCount(paragraph.text) >= 8 &&
    /[.!?]\s/u.test(paragraph.text)
  );
}

/** A paragraph of running text: long, and ending like a sentence. */
function isProse(paragraph: Paragraph): boolean {
  return wordCount(paragraph.text) >= 25 && /[.!?…"”’)]$/u.test(paragraph.text.trim());
}

/** A headline: short, standing apart, not ending like a sentence. */
export function isTitleLike(paragraph: Paragraph): boolean {
  return paragraph.blankBefore >= 1 && isHeadlineShaped(paragraph.text);
}

/** Headlines that are an interview's name: "Interview with Nikol Pashinyan", "Full text of the interview with …". */
const INTERVIEW_TITLE =
  /^(?:(?:an?|the|full|exclusive|full text of(?: the)?|transcript(?: of)?(?: the)?|transcript:)\s+)*interview(?:\s+transcript)?\s+(?:with|of|to|given to)\s+\S/iu;

/** A compilation's headline may follow the previous interview's last line directly. */
export function isInterviewHeadline(paragraph: Paragraph): boolean {
  // The shape first: it turns down most paragraphs at once, before their text is copied.
  if (!isHeadlineShaped(paragraph.text)) return false;
  const text = matchable(paragraph.text);
  return INTERVIEW_HEADLINE.test(text) || INTERVIEW_TITLE.test(text);
}

function isHeadlineShaped(text: string): boolean {
  // Thirty words never take 400 characters: a long paragraph is no headline, said before the tests
  // below, which would each read the whole of it.
  if (text.length >= 400) return false;
  // "Maria Lopez  0:00": a transcription tool's speaker line, not a headline.
  if (/\s[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?:?$/u.test(text)) return false;
  // "— Mr. President, how …": a dash opens a turn, never a headline.
  if (/^[-–—‒]\s/u.test(text)) return false;
  // "Mr President, the past year brought … How would you assess 2024?": a question put to someone.
  if (/^(?:Mr|Mister|Madam|Madame|Ms|Mrs|Dr)\.?\s[^,]{1,40},\s/u.test(text) && /\?["”]?$/u.test(text)) return false;
  // "The school in my town has had no heating. When will it be repaired?", "Morning. Ivan, can you start?":
  // sentences in the first person singular, or put to someone by name, are somebody speaking ("We asked,
  // you answered. Here is …" is a headline); a headline quoting someone sets the words in quotation marks.
  const unquoted = withoutQuotations(text);
  if (
    !inTitleCase(text) &&
    /[.!?]\s+\p{Lu}/u.test(unquoted) &&
    (/\b(?:I|[Mm]y|[Mm]e)\b/u.test(unquoted) ||
      /\b\p{Lu}\p{Ll}+, (?:can|could|will|would|do|did) you\b/u.test(unquoted))
  )
    return false;
  // "Home | PM's Speeches | News Updates", "Press Service › News": a menu or a breadcrumb trail; but
  // "TRANSCRIPT | Denholm on the defeat" is a headline under its kind.
  const parts = text.split(/\s[|›»>]\s/u);
  if (parts.length > 2 || (parts.length === 2 && !NAMES_A_KIND.test(parts[0] ?? ''))) return false;
  if (isSpacedMenu(text)) return false;
  return (!/[.:;,]["”’]?$/u.test(text) || inTitleCase(text)) && wordCount(text) <= 30;
}

/**
 * "News   Fixtures   Results   Table   Squad": a menu's items, a word or three each, set apart by runs
 * of spaces; not "Mayor Ortiz  –  …", a headline typed with two spaces round its dash.
 */
export function isSpacedMenu(text: string): boolean {
  const items = text.trim().split(/ {2,}/u);
  // "无障碍  长者模式": in a script without spaces a menu's items are short runs of letters, two are enough.
  if (items.length >= 2 && items.every((item) => /^[\p{Lo}\p{Lm}]{1,6}$/u.test(item))) return true;
  return items.length >= 4 && items.every((item) => wordCount(item) <= 3);
}

/**
 * @param namesRole whether a label names a role or a title ("THE PRESIDENT", "Q"): such a label is
 *   never a newspaper's dateline
 */
export function segment(
  source: SourceFile,
  boilerplate: Boilerplate,
  compilation: boolean,
  namesRole: (label: string) => boolean,
): Segmentation {
  const removed: Removed[] = [];
  const paragraphs = toParagraphs(source);
  const headlines = paragraphs.filter(isInterviewHeadline);
  const splitAtHeadlines = compilation || headlines.length >= 2;

  const groups: Paragraph[][] = [];
  if (splitAtHeadlines && headlines.length > 0) {
    const starts = new Set(headlines.map((paragraph) => paragraph.line));
    const before = paragraphs.filter((paragraph) => paragraph.line < (headlines[0]?.line ?? 0));
    for (const paragraph of before) removed.push(removal(source.file, paragraph, 'boilerplate'));
    for (const paragraph of paragraphs.slice(before.length)) {
      if (starts.has(paragraph.line)) groups.push([]);
      groups.at(-1)?.push(paragraph);
    }
  } else {
    groups.push(paragraphs);
  }

  const documents: RawDocument[] = [];
  for (const group of groups) {
    const document = buildDocument(source.file, group, { boilerplate, namesRole }, removed, splitAtHeadlines);
    if (document) documents.push(document);
  }
  if (documents.length === 0) {
    throw new CorpusError(source.file, null, 'no transcript text found: every line is blank or registered boilerplate');
  }
  return { documents, removed: withoutCoveredParts(removed) };
}

/**
 * A part cut from a line that was then removed whole ("(continued)" from "Agenda item 75
 * (continued)", a line of the page's navigation): the whole line's removal reports it, once.
 */
function withoutCoveredParts(removed: Removed[]): Removed[] {
  const whole = new Set<number>();
  for (const entry of removed) {
    if (entry.text !== undefined) continue;
    for (let line = entry.startLine; line <= entry.endLine; line++) whole.add(line);
  }
  return removed.filter((entry) => {
    if (entry.text === undefined) return true;
    for (let line = entry.startLine; line <= entry.endLine; line++) if (!whole.has(line)) return true;
    return false;
  });
}

/**
 * A printed page's running head, copied again at each page break ("2", "rr/cd PUBLIC HEALTH
 * COMMITTEE February 27, 2024", "10:30 A.M."), in the middle of a turn: the lines with a figure
 * that open the document and come back word for word further down, with the page's number over them.
 */
function runningHeadAt(group: readonly Paragraph[]): Set<number> {
  const heads = new Set(
    group
      .slice(0, 3)
      .map((paragraph) => paragraph.text.trim())
      .filter((text) => /\d/u.test(text) && !/^\d+$/u.test(text) && text.length <= 80),
  );
  const at = new Set<number>();
  if (heads.size === 0) return at;
  // A head comes back under the page's number, or under another line of the head: never alone
  // ("Speaker 1:" at the top of a transcript comes back as a label).
  for (let index = 3; index < group.length; index++) {
    if (!heads.has((group[index] as Paragraph).text.trim())) continue;
    const above = (group[index - 1] as Paragraph).text.trim();
    if (/^\d{1,4}$/u.test(above)) at.add(index - 1);
    else if (!at.has(index - 1)) continue;
    at.add(index);
  }
  return at;
}

/** A header and a footer are a few lines; more between two pages is a page of its own (a volume's cover). */
const PAGE_TURN_LINES = 5;

/**
 * On a transcript printed on numbered pages, the unnumbered lines where a page turns (a line numbered
 * well down the page above, a line numbered 1 below): the next page's header and the last one's
 * footer ("ICC-02/22-01/24-T-087-Red-ENG WT 16-09-2025 3/61 SZ T", "WITNESS: ICC-OTP-P-0991"), which
 * the PDF's text sets in the middle of a turn.
 */
function pageTurnLines(group: readonly Paragraph[], numbered: ReadonlyMap<number, string>): Set<number> {
  const at = new Set<number>();
  if (numbered.size === 0) return at;
  const numberAt = (index: number) => {
    const printed = numbered.get((group[index] as Paragraph).line);
    return printed === undefined ? null : Number.parseInt(printed, 10);
  };
  let lastNumber: number | null = null;
  let between: number[] = [];
  for (let index = 0; index < group.length; index++) {
    const number = numberAt(index);
    if (number === null) {
      if (lastNumber !== null) between.push(index);
      continue;
    }
    if (number === 1 && lastNumber !== null && lastNumber >= 10 && between.length <= PAGE_TURN_LINES)
      for (const line of between) at.add(line);
    lastNumber = number;
    between = [];
  }
  return at;
}

function buildDocument(
  file: string,
  group: Paragraph[],
  { boilerplate, namesRole }: { boilerplate: Boilerplate; namesRole: (label: string) => boolean },
  removed: Removed[],
  startsWithHeadline: boolean,
): RawDocument | null {
  const kept: Paragraph[] = [];
  const datelines: Paragraph[] = [];
  const bylines: Paragraph[] = [];
  const numbered = numberedLines(group);
  const runningHead = runningHeadAt(group);
  const pageTurn = pageTurnLines(group, numbered);
  const cueFurniture = subtitleFurniture(group);
  for (let index = 0; index < group.length; index++) {
    let paragraph = group[index] as Paragraph;
    if (runningHead.has(index) || pageTurn.has(index)) {
      removed.push(removal(file, paragraph, 'boilerplate'));
      continue;
    }
    const cue = cueFurniture.get(index);
    if (cue) {
      removed.push(removal(file, paragraph, cue));
      continue;
    }
    const number = numbered.get(paragraph.line);
    if (number) {
      removed.push({ ...removal(file, paragraph, 'line-number'), text: number.trim() });
      paragraph = { ...paragraph, text: paragraph.text.slice(number.length).trim(), numbered: true };
    }
    // A line of zero-width or other invisible characters only would be a passage no one can see.
    if (isInvisible(paragraph.text)) {
      removed.push(removal(file, paragraph, 'invisible'));
      continue;
    }
    const rule = matchBoilerplate(paragraph.text, boilerplate);
    // "I will read it exactly as we recorded it:" over a cookie notice: a speaker quoting, not the page.
    const quoted = rule?.scope !== 'rest' && !rule?.inline && announcesQuotation(kept.at(-1));
    if (!rule || quoted) {
      kept.push(paragraph);
      continue;
    }
    if (rule.inline) {
      // An inline rule matches at the start (a dateline) or at the end (a "(more…)" teaser) of the line.
      const match = rule.pattern.exec(paragraph.text);
      const cut = match?.[0] ?? '';
      const atStart = match?.index === 0;
      removed.push({ ...removal(file, paragraph, rule.reason), text: cut });
      if (rule.reason === 'dateline') datelines.push({ ...paragraph, text: cut });
      const rest = atStart
        ? paragraph.text.slice(cut.length)
        : paragraph.text.slice(0, paragraph.text.length - cut.length);
      kept.push({ ...paragraph, text: rest.trim() });
      continue;
    }
    if (rule.reason === 'dateline') datelines.push(paragraph);
    if (rule.reason === 'byline') bylines.push(paragraph);
    if (rule.scope === 'box') {
      removed.push(removal(file, paragraph, rule.reason));
      while (group[index + 1] && group[index + 1]!.blankBefore === 0) {
        removed.push(removal(file, group[index + 1]!, rule.reason));
        index++;
      }
      continue;
    }
    if (rule.scope === 'rest') {
      // "Read more" over one link in the middle of an interview: the turns go on under it (teasers
      // and a footer's prose under it are no turns).
      if (group.slice(index + 2).some((below) => isTurnLike(below.text) || /^\*\*[^*]+\*\*/u.test(below.text))) {
        removed.push(removal(file, paragraph, rule.reason));
        const link = group[index + 1];
        if (link && link.blankBefore === 0 && !isProse(link)) {
          removed.push(removal(file, link, rule.reason));
          index++;
        }
        continue;
      }
      const last = group.at(-1) as Paragraph;
      removed.push({ file, startLine: paragraph.line, endLine: last.endLine ?? last.line, reason: rule.reason });
      break;
    }
    removed.push(removal(file, paragraph, rule.reason));
  }
  if (kept.length === 0) return null;

  let foundHeadline = false;
  const navigation: Paragraph[] = [];
  // A subtitle file has no headline, navigation or lead: every cue is somebody's words.
  const subtitles = cueFurniture.size > 0;
  if (!startsWithHeadline && !subtitles) {
    // A page copied whole starts with its site's navigation ("Skip to main content", "Home", "News"):
    // everything before the headline is reported as removed.
    const headline = headlineIndex(kept);
    foundHeadline = headline > 0;
    navigation.push(...kept.splice(0, headline));
    for (const paragraph of navigation) removed.push(removal(file, paragraph, 'navigation'));
  }
  const first = kept[0] as Paragraph;
  // A headline is one line: a paragraph wrapped over several is the text under it.
  const title =
    !subtitles && (startsWithHeadline || foundHeadline || isTitleLike(first)) && first.endLine === undefined
      ? first
      : null;
  const rest = title ? kept.slice(1) : kept;
  const leadCount = subtitles ? 0 : countLeadParagraphs(rest, namesRole);
  // A loop, not Math.min(...lines): a document of a hundred thousand paragraphs would overflow the stack.
  let startLine = Number.POSITIVE_INFINITY;
  let endLine = 0;
  for (const paragraph of group) {
    startLine = Math.min(startLine, paragraph.line);
    endLine = Math.max(endLine, paragraph.line);
  }
  return {
    file,
    startLine,
    endLine,
    title,
    lead: rest.slice(0, leadCount),
    body: rest.slice(leadCount),
    datelines,
    bylines,
    navigation,
  };
}

const TITLE_SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'by',
  'in',
  'on',
  'at',
  'to',
  'for',
  'and',
  'or',
  'with',
  'from',
]);

/** A paragraph that reads like a lead or a story: a long sentence, ended, and not in Title Case. */
function isLeadLike(text: string): boolean {
  // A lead tells; a headline may ask ("What happens to the women who live there?").
  // "… she also said the government was in no hurry. Excerpts:": a long lead may end by announcing the text.
  const announces = wordCount(text) >= 20 && /:$/u.test(text);
  if (wordCount(text) < 12 || !(/[.!"”’)]$/u.test(text) || announces) || inTitleCase(text)) return false;
  // "… the International Conference “Water, Creation and the Common Good”": a title in quotation marks
  // ends a headline; a lead's sentence ends inside its quotation (“… we will win.”).
  if (/["”’]$/u.test(text) && !/[.!?…]["”’]+$/u.test(text)) return false;
  // "… key link in Middle Corridor – FM (Exclusive interview)": a note in brackets after words that
  // end no sentence closes a headline; a lead's sentence ends before it, or inside it.
  if (/\)$/u.test(text) && !/[.!?"”’]\s*[([][^()[\]]{1,40}[)\]]$|[.!?]\)$/u.test(text)) return false;
  // "“A fair world order is not a dream, it is a necessity”", 'Leitner: "Austria cannot …"': a quotation for a headline.
  if ((/^[“"‘«][^“”"«»]+[”"’»]$/u.test(text) || QUOTATION_HEADLINE.test(text)) && wordCount(text) <= 20) return false;
  // "Transcript of Weekly Media Briefing by the Official Spokesperson (March 07, 2025)": a headline
  // in title case, its small words small, with a note in brackets after it.
  const headline = /^(.+?)\s*[([][^()[\]]{1,40}[)\]]$/u.exec(text)?.[1];
  const telling = headline?.split(/\s+/u).filter((word) => !TITLE_SMALL_WORDS.has(word)) ?? [];
  return !(telling.length >= 4 && telling.every((word) => /^[“"‘'(]?[\p{Lu}\d]/u.test(word)));
}

/** 'Ignacio Benavídez: "The provinces cannot keep paying"': a quotation after a name is a headline. */
const QUOTATION_HEADLINE = /^[^:]{3,120}:\s*[“"«‘][^“”"«»]+[”"»’]$/u;

/** A paragraph that opens a turn: "Name: …", a dash, a bare "Q". */
function isTurnLike(text: string): boolean {
  if (QUOTATION_HEADLINE.test(text.trim()) || LINK_ITEM.test(text.trim())) return false;
  // "Field Notes Short: What Happens When a River Comes Back?": a series and its episode's title, in
  // title case; a speaker's words after the colon are in sentence case.
  // Not "PATRICIA KARVELAS: Foreign Minister Penny Wong, welcome to Breakfast.", a name in capitals
  // and a sentence.
  const colon = text.indexOf(':');
  const before = colon === -1 ? '' : text.slice(0, colon);
  const after = colon === -1 ? '' : text.slice(colon + 1).trim();
  const series = before !== before.toUpperCase() && !/[.,;]$/u.test(after) && !after.includes(', ');
  if (after && series && wordCount(after) <= 15 && inTitleCase(after)) return false;
  // "Exclusive: Danish port operator plans …" is a headline: a turn's text ends like a sentence.
  return (
    // "Deputy Minister of Foreign and European Affairs of Croatia Ivana Babić: …": an office's small words
    // too; "Fergus Hale (North Coast) (Lab): …": a member's seat and party.
    (/^\**\p{Lu}[\p{L}\p{M}.'’-]*\**(?:\s(?:(?:of|and|for|the)\s){0,2}\**\p{Lu}[\p{L}\p{M}.'’-]*\**){0,11}(?:\s?[([][^)\]]{1,40}[)\]]){0,2}\**:\s*\S/u.test(
      text,
    ) &&
      /[.?!…"”’)]$/u.test(text)) ||
    /^[-–—]\s*\S/u.test(text) ||
    /^Q\s/u.test(text) ||
    SYMBOL_LABEL.test(text)
  );
}

/** "MODERATOR – Ms. Liya Haile Mariam, Directorate of …": a role in capitals, a dash and who holds it. */
const ROLE_LINE = /^(\p{Lu}{3,}(?: \p{Lu}{2,})?)\s+[–—-]\s+(?:(?:Mr|Ms|Mrs|Dr|Prof|H\.E)\.?\s+)?\p{Lu}[^.!?]{2,120}$/u;

/** How far down a page the headline may stand, and how far under a long menu of short links. */
const HEADLINE_SEARCH = 20;
const HEADLINE_SEARCH_UNDER_MENU = 40;
/** Of the lines above the text, the share that are a menu's links ("Home", "Share on Facebook"). */
const MENU_SHARE = 0.7;
const SITE_LINK =
  /^(?:skip to (?:main )?content|home|search|menu|sign in|log in|subscribe|newsletters?|contact(?: us)?|about(?: us)?|listen live|news|opinion|sports?|politics|business|world|podcasts|video)$/iu;

/**
 * Where the headline stands among the first paragraphs of a page: of the headline-shaped
 * paragraphs before the first lead-like or turn-like one, the longest (the first of equals).
 * 0 when the page starts with its headline or its text.
 */
function headlineIndex(paragraphs: readonly Paragraph[]): number {
  const firstText = (limit: number) => {
    let at = 0;
    while (
      at < limit &&
      !isLeadLike((paragraphs[at] as Paragraph).text) &&
      !isTurnLike((paragraphs[at] as Paragraph).text)
    )
      at++;
    return at;
  };
  // "Home > Debates > Joint Committee on Agriculture" over "Joint Committee on Agriculture … debate":
  // the line a breadcrumb's last step opens is the headline, however far down the menu it stands.
  for (let at = 0; at < Math.min(paragraphs.length - 1, HEADLINE_SEARCH_UNDER_MENU); at++) {
    const crumb = (paragraphs[at] as Paragraph).text.trim();
    if (!BREADCRUMB.test(crumb)) continue;
    const last =
      crumb
        .split(/\s[/>»›]\s/u)
        .at(-1)
        ?.trim() ?? '';
    const next = (paragraphs[at + 1] as Paragraph).text.trim();
    // It opens the headline and goes on: "Speeches and transcripts" alone under "… > Speeches and
    // transcripts" is the section's heading, not the headline.
    const opens = next.length > last.length && next.toLowerCase().startsWith(last.toLowerCase());
    if (wordCount(last) >= 2 && opens && isHeadlineShaped(next)) return at + 1;
    // "Home / Events / Meeting on the progress of the harvesting campaign" over "12 July 2024" and
    // the same words: a step as long as a headline is the headline, past the date between them.
    if (wordCount(last) >= HEADLINE_CRUMB_WORDS) {
      let below = at + 1;
      while (below < Math.min(paragraphs.length, at + 4) && isDateOnly((paragraphs[below] as Paragraph).text)) below++;
      // Not a section's heading over the headline ("Speeches and statements of the Minister" over
      // "Remarks by Minister …"): the text under the headline is no other headline.
      const under = (paragraphs[below + 1] as Paragraph | undefined)?.text ?? '';
      if ((paragraphs[below] as Paragraph | undefined)?.text.trim() === last && !isHeadlineShaped(under)) return below;
    }
  }
  let limit = Math.min(paragraphs.length, HEADLINE_SEARCH);
  let text = firstText(limit);
  // A site's menu, share buttons and player, one short link a line, can push the headline past the
  // twentieth line; a hearing's printed cover of longer lines is no menu.
  if (text === limit) {
    const top = paragraphs.slice(0, limit);
    const menu = top.filter((paragraph) => wordCount(paragraph.text) <= 3).length;
    // A site's menu, by the links every site has; not a credits list under a headline that opens the page.
    const siteLinks = top.filter((paragraph) => SITE_LINK.test(paragraph.text.trim())).length;
    if (menu >= MENU_SHARE * limit && siteLinks >= 2) {
      limit = Math.min(paragraphs.length, HEADLINE_SEARCH_UNDER_MENU);
      text = firstText(limit);
    }
  }
  if (text <= 1 || text === limit) return 0;
  let best = 0;
  // A line that says what the document is ("President's interview to LRT Radio") or quotes its speaker
  // ('Leitner: "Austria cannot …"') is the headline rather than a longer site name or standfirst near
  // it; a section's one-word kicker ("Interview") is not.
  // A breadcrumb ends with the headline under it, or starts at "Home"; "Mother / Daughter / Rival: …" is a headline.
  const breadcrumb = (paragraph: Paragraph) =>
    BREADCRUMB.test(paragraph.text) &&
    (/^home\b/iu.test(paragraph.text) ||
      paragraphs
        .slice(0, text)
        .some((other) => other !== paragraph && other.text.length > 0 && paragraph.text.endsWith(other.text)));
  // "The Queen Elizabeth II Centre, Broad Sanctuary, London SW1P 3EE, and online …": a line of three
  // commas or more is a venue, an address or a list of names more often than a headline.
  // commas inside a quotation are its speaker's ('Rocío Baena, …: “… suerte, pero … ido, solo …”').
  const length = (text: string) => wordCount(text) / ((withoutQuotations(text).match(/,/gu)?.length ?? 0) >= 3 ? 2 : 1);
  // "Table of contents" over the sections' headings: lines that come back as headings in the text are
  // a contents list's, not the page's headline.
  const printed = new Map<string, number>();
  for (const paragraph of paragraphs) {
    const line = paragraph.text.trim();
    if (wordCount(line) >= 4) printed.set(line, (printed.get(line) ?? 0) + 1);
  }
  const contents = new Set([...printed].filter(([, count]) => count >= 2).map(([line]) => line));
  // A list: two of them first printed one under the other; a headline printed twice and an advert's
  // "Story continues below advertisement" are no list.
  const firstAt = paragraphs.flatMap((paragraph, at) =>
    contents.has(paragraph.text.trim()) &&
    paragraphs.findIndex((other) => other.text.trim() === paragraph.text.trim()) === at
      ? [at]
      : [],
  );
  const listed = firstAt.some((at, index) => index > 0 && at === (firstAt[index - 1] as number) + 1);
  const comesBack = (paragraph: Paragraph) => listed && contents.has(paragraph.text.trim());
  const score = (paragraph: Paragraph) =>
    METADATA.test(paragraph.text) ||
    SITE_TAGLINE.test(paragraph.text) ||
    breadcrumb(paragraph) ||
    comesBack(paragraph) ||
    // "Representanter og komiteer   Saker og publikasjoner   Hva skjer på Stortinget?": a menu's
    // links copied onto one line, three or more apart by runs of spaces or tabs.
    isMenuRow(paragraph.text.trim()) ||
    // A photo's caption, however long, is never the headline it illustrates, nor is a Markdown image ("![alt](src)").
    PHOTO_CAPTION.test(paragraph.text.trim()) ||
    MARKDOWN_IMAGE.test(paragraph.text.trim()) ||
    // "[Simultaneous interpretation was provided …]": a note in brackets, never the headline.
    /^\[[^\]]*\]$|^\([^)]*\)$/u.test(paragraph.text.trim())
      ? 0
      : length(paragraph.text) +
        ((wordCount(paragraph.text) >= 3 && NAMES_A_KIND.test(paragraph.text)) ||
        QUOTATION_HEADLINE.test(paragraph.text)
          ? 10
          : 0) +
        // "# Government Info: …": a Markdown copy marks its headline (with a section's "# Media Centre"
        // over a "## Transcript: …", the longer that names what it is).
        (/^#{1,3}\s/u.test(paragraph.text) ? 20 : 0);
  for (let at = 1; at < text; at++) {
    const paragraph = paragraphs[at] as Paragraph;
    if (score(paragraph) > score(paragraphs[best] as Paragraph) && isHeadlineShaped(paragraph.text)) best = at;
  }
  return best;
}

/** Three links or more, words without figures (a running head's "2025   LEGISLATIVE JOURNAL—HOUSE   411" is a headline's place). */
const MENU_ROW = /^\p{L}[^\d\t]*?(?: {3,}|\t)\p{L}[^\d\t]*?(?: {3,}|\t)\p{L}[^\d]*$/u;
/** Links with words in lower case, one of two words or more: not a PDF's justified headline, "REMARKS   BY   THE   PRIME   MINISTER". */
function isMenuRow(text: string): boolean {
  return (
    MENU_ROW.test(text) && /\p{Ll}/u.test(text) && text.split(/ {3,}|\t/u).some((item) => item.trim().includes(' '))
  );
}

/** A Markdown copy's picture: "![Portugal sees …](https://…/portugal-envoy.jpg)". */
const MARKDOWN_IMAGE = /^!\[[^\]]*\]\([^)\s]+\)$/u;

/** A breadcrumb's last step of this many words is a headline, not a section's name ("Speeches and transcripts"). */
const HEADLINE_CRUMB_WORDS = 5;

/** "12 July 2024", "06-Sep-2024 10:30": a line that is only a date. */
function isDateOnly(text: string): boolean {
  return wordCount(text) <= 5 && /\d/u.test(text) && !/[.!?]\s|\p{Ll}{4,}\s+\p{Ll}{4,}/u.test(text);
}

/** Words by which a headline says what the document is. */
const NAMES_A_KIND =
  /\b(?:interviews?|press conference|news conference|media conference|briefing|remarks|statement|speech|address|transcript|Q ?& ?A|doorstop|(?:earnings|results) call|(?:general|annual|board|council|committee|public) meeting)\b/iu;

/** "News / City News / Pune News / 'We will not …'", "Home > News > Transcripts": where the page sits, above its headline. */
const BREADCRUMB = /^(?:[^/>»›|]{1,40}\s[/>»›]\s){2,}/u;

/** "The official website of the New Zealand Government", "The portal of the Swiss government": the site's motto. */
const SITE_TAGLINE = /^(?:the )?(?:official )?(?:web ?site|portal|home ?page|online home)s? (?:of|for)\b/iu;

/** "Interviewee: …", "Date of interview: …", "Place: …": a page's metadata, never its headline. */
const METADATA =
  /^(?:Interview(?:ee|er)s?|Date|Time|Place|Location|Venue|Subjects?|Topics?|Tags|Keywords|Speakers?|Participants?|Host|Guests?|Q|A|Published|Updated|Posted|Last updated?)(?:\s+of\s+\w+)?\s*:/iu;

const MONTH_DATE_LINE = new RegExp(
  `^(?:\\d{1,2}\\s+${MONTH_NAME}|${MONTH_NAME}\\s+\\d{1,2}),?\\s+\\d{4}(?:,?\\s+\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s*[AP]\\.?M\\.?)?)?$`,
  'iu',
);

/** Lines of a page's furniture (dates, a player, share buttons, a caption) the lead may go on under. */
const MAX_FURNITURE = 15;

/**
 * The publisher's lead: up to three third-person paragraphs before the first
 * turn marker. A paragraph that speaks to someone ("Mr. President, welcome …",
 * "My name is …") already belongs to the conversation.
 */
export function countLeadParagraphs(paragraphs: readonly Paragraph[], namesRole: (label: string) => boolean): number {
  // "17.07.2025 16:40" between the headline and the lead: a date line the lead goes on after; so
  // too the signature over it ("Jana Dvořáková", "14/07/2024") and a player's "Listen", "06:12".
  // "September 09 2024 07:00:00", "4 June 2024": a month's name, a year and nothing else but figures.
  const dateLine = (text: string) =>
    (/^[\d.:/\s-]{4,30}$/u.test(text.trim()) && /\d[.:/-]\d/u.test(text)) || MONTH_DATE_LINE.test(text.trim());
  // "Share on Facebook", "Add to playlist", "Duration 8′ 02″", "Listen on Apple Podcasts · Spotify",
  // "Copy link", "Save": a player's and the share buttons' links.
  const player = (text: string) =>
    /^(?:listen|play|audio|video|download|share|print|save|email|bookmark)(?: (?:this|now|on \p{L}+|via \p{L}+))?$|^add to (?:playlist|queue)$|^duration\b.{0,12}$|^copy link$|^(?:listen|subscribe|follow)(?: to us)? on\b/iu.test(
      text.trim(),
    ) && wordCount(text) <= 12;
  const signature = (text: string, next: string | undefined) =>
    /^\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){1,2}$/u.test(text.trim()) &&
    next !== undefined &&
    dateLine(next);
  // "Anjali Deshmukh / TNN / Updated: Aug 18, 2025, 04:12 IST", "Sanjay Patwardhan (File photo)": the
  // byline with its date, and a photo's caption.
  const byline = (text: string) =>
    wordCount(text) <= 16 && /\b(?:updated|published|posted|modified)\s*(?::|on\b)/iu.test(text) && /\d/u.test(text);
  const caption = (text: string) =>
    (wordCount(text) <= 12 &&
      /\((?:file )?(?:photo|picture|image|pic)(?:graph)?\)$|^(?:photo|picture|image)\s*:/iu.test(text)) ||
    MARKDOWN_IMAGE.test(text.trim());
  const furniture = (text: string) => dateLine(text) || player(text) || byline(text) || caption(text);
  let skipped = 0;
  while (skipped < MAX_FURNITURE && skipped < paragraphs.length - 1) {
    const text = paragraphs[skipped]?.text ?? '';
    if (!(furniture(text) || signature(text, paragraphs[skipped + 1]?.text))) break;
    skipped++;
  }
  // "Operator", "Nuala Berry" over somebody's unlabelled words: a speaker's line, where the
  // conversation starts. Over "SG: Good morning." it is the page's caption of who speaks.
  // So is a numbered question's member ("Q1. [301122] Owen Marsh"), or a name with the seat and
  // party under it.
  // A name line that comes back on lines of its own, turn after turn, is a speaker's, over words however narrative
  // ("Wiebke Carstens" over "Herzlich willkommen zu einer neuen Folge …"), not the byline printed again
  // over the writer's note at the end; or a role's one word ("Sprecherin", a radio script's narrator).
  const comesBack = (text: string) =>
    paragraphs.filter((paragraph) => paragraph.text.trim() === text.trim()).length >= 3;
  const speakerLine = (text: string, next: string | undefined) =>
    /^\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,3}$/u.test(text.trim().replace(QUESTION_NUMBER, '')) &&
    next !== undefined &&
    (NOTES_ONLY.test(next.trim()) ||
      (!isNarrative(next) && !/^(?:[-–—‒]|[^:]{1,80}:\s)/u.test(next)) ||
      ((text.includes(' ') || namesRole(text)) && comesBack(text)));
  // The lead's paragraphs, and the furniture between them (share buttons under the first).
  let count = 0;
  let end = skipped;
  for (let at = skipped; at < paragraphs.length && count < 3 && at - end <= MAX_FURNITURE; at++) {
    const printed = (paragraphs[at] as Paragraph).text;
    if (count > 0 && (furniture(printed) || CITY_DATELINE.test(printed.trim()))) continue;
    // "Rashad Gurbanov. Photo: APA" between the headline and the lead: the photo's caption, not the lead.
    if (count === 0 && PHOTO_CAPTION.test(printed.trim())) continue;
    const text = asLead(printed, paragraphs, namesRole);
    // "Statement by President …" over the statement, "MODERATOR – Ms. Liya Haile Mariam, …" over the
    // moderator's words: the speech starts there.
    if (
      // "**- Mr. Gurbanov, what stage has it reached?**": a question in bold is the conversation's.
      !isNarrative(text.trim().replace(/^[*_]+|[*_]+$/gu, '')) ||
      speakerLine(text, paragraphs[at + 1]?.text) ||
      COURTESY_DASH_LABEL.test(text) ||
      // "毛宁：各位记者朋友，下午好。": a label closed by the full-width colon opens the first turn.
      FULL_WIDTH_COLON_LABEL.test(text) ||
      (isSpeechHeading(text) && !isHeadlineShaped(paragraphs[at + 1]?.text ?? '')) ||
      // Only a role's word: "PHOTO – Envoy Katarina Lindholm at …" is a caption.
      namesRole(ROLE_LINE.exec(text.trim())?.[1] ?? '') ||
      // "ГОЛОВУЮЧИЙ. Доброго ранку …", "PRESIDENTE. Colleghi …": the chair opens the sitting (in words in
      // lower case, unlike "PRESIDENCIA DEL EXCMO. SR. D. …" over a record).
      chairOpens(text.trim(), namesRole)
    )
      break;
    count++;
    end = at + 1;
  }
  // A longer lead that ends with the publisher's note on the text ("Below is the full transcript of
  // the briefing:", "This transcript has been edited for length and clarity.") is all lead.
  if (count === 3) {
    for (let at = end; at < Math.min(paragraphs.length, end + MAX_ANNOUNCED_LEAD - 3); at++) {
      const text = (paragraphs[at] as Paragraph).text;
      // Not a heading set in bold ("**Questions from the floor**"): that may follow speech.
      if (isTranscriptNote(text.trim())) return at;
      if (!isNarrative(text)) break;
    }
  }
  // However short the lead looked (the writer's own "I met Batiste on a cleared lot …" ends it), the
  // publisher's note on the text ("This interview has been edited for length and clarity.") closes
  // it, over share links and a photo's credit, if no question or label comes before the note; the
  // note, which names what follows, is the lead's last paragraph.
  for (let at = skipped, prose = 0; at < paragraphs.length && prose <= MAX_ANNOUNCED_LEAD; at++) {
    const text = (paragraphs[at] as Paragraph).text.trim();
    if (isTranscriptNote(text)) {
      // A note at the page's end ("This transcript was produced from the live broadcast") closes nothing.
      const after = paragraphs.slice(at + 1).filter((paragraph) => wordCount(paragraph.text) > 4).length;
      if (after < 2) break;
      return at >= end ? at + 1 : count > 0 ? end : 0;
    }
    if (/\?["”’)]?$/u.test(text) || /^[^:]{1,60}:\s/u.test(text)) break;
    if (!furniture(text) && wordCount(text) > 4) prose++;
  }
  return count > 0 ? end : 0;
}

const MAX_ANNOUNCED_LEAD = 8;

/** A role in capitals closed by a full stop, and words in lower case after it: "PRESIDENTE. Colleghi, …". */
function chairOpens(text: string, namesRole: (label: string) => boolean): boolean {
  const stopped = stopLabelBeforeWords(text);
  return stopped !== null && namesRole(stopped[1] as string);
}

/**
 * "OTTAWA, Thursday, February 15, 2024": a city in capitals and a date, between a lead's paragraphs;
 * not "Aberdeen, Thursday 5 June 2025, 11:00" under "… delivered the following remarks", where the text starts.
 */
const CITY_DATELINE = /^\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*,\s[^.!?]{0,50}\b\d{4}$/u;

// "PUNE: After the worst monsoon flooding …": a newspaper's dateline in capitals, which looks like a label.
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M}.'’-]+(?: \p{Lu}[\p{Lu}\p{M}.'’-]+){0,2}):\s+/u;
const DATELINED_LEAD_WORDS = 30;
// "… about the metro and the builders. Excerpts:": a lead may end by announcing the text.
const ANNOUNCES_TEXT =
  /\s(?:(?:edited )?excerpts?|here (?:is|are) (?:the |an )?(?:edited )?(?:transcript|excerpts?)[^.:]{0,40}):$/iu;

/**
 * A paragraph as a lead would read without its dateline and its announcement of the text. A
 * dateline is told from a speaker's label by naming no role or title, standing once on the page
 * over a long paragraph, on a page whose turns other labels mark ("Q:").
 */
function asLead(text: string, paragraphs: readonly Paragraph[], namesRole: (label: string) => boolean): string {
  // Anchored at the end, the pattern is tried only where it can match.
  const announced = text.endsWith(':') ? text.replace(ANNOUNCES_TEXT, '') : text;
  const dateline = DATELINE.exec(announced);
  if (!dateline || namesRole(dateline[1]!)) return announced;
  const rest = announced.slice(dateline[0].length);
  let again = 0;
  let others = 0;
  for (const paragraph of paragraphs) {
    const label = /^([^:\n]{1,40}):\s/u.exec(paragraph.text)?.[1];
    if (label === dateline[1]) again++;
    else if (label !== undefined) others++;
  }
  return again > 1 || others < 2 || wordCount(rest) < DATELINED_LEAD_WORDS ? announced : rest;
}

/** A page's own headings in bold before a colon: "**Summary:**", "**Editor's note:**". */
const EDITORIAL_LABEL =
  /^(?:summary|note|editor['’]?s note|updated?|correction|background|context|key points|in brief|at a glance|highlights|watch|listen|read more|related|photo|video|source|disclaimer|transcript|what we know|why it matters)$/iu;

/**
 * A speech's first words: "Good afternoon.", "Ladies and gentlemen, …"; "Bismillah ir Rahman ir
 * Rahim", "Assalam-o-Alaikum", where its hearers are greeted in Arabic.
 */
export const GREETING =
  /^(?:Good (?:morning|afternoon|evening)|Hello|Welcome back|Ladies and gentlemen|Dear (?:friends|colleagues)|Thank you|Bismillah|As-?salamu?(?:[- ]o)?[- ]?(?:alaikum|alaykum|aleikum))\b/iu;

export function isNarrative(printed: string): boolean {
  const text = matchable(printed);
  // "Maria Lopez  0:00": a transcription tool's speaker line opens the conversation.
  if (/\s[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?:?$/u.test(text)) return false;
  // "The speakers were: Dr. …", "The following are the interventions …:": a sentence that announces a
  // list or the text below, not a label.
  const announces =
    /^(?:the|these|those|below|here)\b[^:]{0,100}\b(?:are|were|is|was|include[sd]?|follows?)\s*:/iu.test(text);
  // "**Tomas Ruud:** Good morning.": a label in bold, its colon inside the bold; not the page's "**Summary:** …".
  const label = /^([^:]{1,80}):([*_]{1,2})?\s/u.exec(text);
  const bold = label?.[2] !== undefined;
  const labelled = label !== null && !(bold && EDITORIAL_LABEL.test((label[1] ?? '').replace(/[*_]/gu, '').trim()));
  if (/^[-–—‒]/u.test(text) || (!announces && (labelled || text.endsWith(':')))) return false;
  const spoken = withoutQuotations(text);
  if (PERSONAL_PRONOUN.test(spoken)) return false;
  if (/\?["”]?$/u.test(text)) return false;
  // A greeting is somebody speaking: "Good afternoon.", "Ladies and gentlemen, …".
  if (GREETING.test(text)) return false;
  return true;
}

export interface BoilerplateRule extends BoilerplateEntry {
  pattern: RegExp;
  /** The character a line must end with to match, when the pattern says so (./text.ts finalLiteral). */
  last: string | null;
}

/**
 * The boilerplate rules, in order, and a lookup of the exact-line ones (every outlet's name is
 * one): a paragraph is looked up once, then tested against the other rules that come before the
 * exact one it equals, if any, so the first rule that matches still wins.
 */
export interface Boilerplate {
  rules: BoilerplateRule[];
  exact: Map<string, number>;
}

export function compileBoilerplate(entries: readonly BoilerplateEntry[]): Boilerplate {
  const rules = entries.map((entry) => {
    const literal = escapeRegExp(entry.text);
    const source = entry.match === 'exact' ? `^${literal}$` : entry.match === 'prefix' ? `^${literal}` : entry.text;
    return { ...entry, pattern: new RegExp(source, 'u'), last: finalLiteral(source) };
  });
  const exact = new Map<string, number>();
  rules.forEach((rule, index) => {
    if (rule.match === 'exact' && !exact.has(rule.text)) exact.set(rule.text, index);
  });
  return { rules, exact };
}

export function matchBoilerplate(text: string, boilerplate: Boilerplate): BoilerplateRule | undefined {
  const exact = boilerplate.exact.get(text) ?? boilerplate.rules.length;
  for (let index = 0; index < exact; index++) {
    const rule = boilerplate.rules[index] as BoilerplateRule;
    if (rule.match !== 'exact' && (rule.last === null || text.endsWith(rule.last)) && rule.pattern.test(text))
      return rule;
  }
  return boilerplate.rules[exact];
}

function removal(file: string, paragraph: Paragraph, reason: Removed['reason']): Removed {
  return { file, startLine: paragraph.line, endLine: paragraph.endLine ?? paragraph.line, reason };
}
