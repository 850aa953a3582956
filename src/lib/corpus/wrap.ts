/**
 * Text hard-wrapped at a fixed width: a hearing as the printing office sets it, a PDF copied as
 * text. Each line of such a paragraph is as full as its next word allowed, so a line whose next
 * line's first word would have fitted on it ends its paragraph; one that was full goes on below.
 * Transcripts that keep a paragraph to a line are never read this way: their lines are of every
 * length, most far longer than any page is wide.
 */
// A line that ends a sentence may end its paragraph: only a line cut mid-sentence surely goes on.
import { ENDS_A_SENTENCE } from './text.ts';

/** Pages are set between 40 and 120 characters wide (an A4 page in small type, as parliaments print their records). */
const NARROWEST = 40;
const WIDEST = 120;
/** A wrapped text has enough lines to tell, and most of them near its width. */
const FEWEST_LINES = 20;
const FULL_SHARE = 0.4;
/** Or, where many turns are a line or two, most of the lines that end no sentence and go on below. */
const OPEN_FULL_SHARE = 0.5;
/** How short of the width a full line may stop: a PDF's proportional type makes its lines uneven. */
const FULL_WITHIN = 20;
const SLACK = 8;
const FLUSH_SHARE = 0.5;
/** Headings are centred: their indent says nothing of the body's. */
const CENTRED = 10;

/**
 * "O-Ton Hauke Jessen, Krabbenfischer aus Büsum": a broadcast script's line over a recorded clip, who
 * speaks in it (German radio's "O-Ton", English "SOT", "CLIP"); the clip's words start below it.
 */
const CLIP_WORD = String.raw`(?:O-Ton|SOT|CLIP|SOUNDBITE)\b`;
export const CLIP_LINE = new RegExp(String.raw`^${CLIP_WORD}:?\s+(\p{Lu}[^,:]{2,60}?)(?:,\s[^:]{2,100})?$`, 'u');
/**
 * A line that may open a turn: a label of any shape before a colon in its first words ("MR. SOLBERG:",
 * "Speaker 2:", "Q (Reuters):", "[00:12:31] Host:"), a question's or answer's letter ("Q.", "A   "), or
 * a name in capitals closed by a full stop ("CHAIR OSTRANDER. So, on the first question"), the dash
 * that opens a turn of a dash-marked interview ("— Расскажите, как …"), the symbol before a speaker of
 * Japanese and Korean records ("○위원장 서영태  …"), or a clip's line ("O-Ton …").
 * A wrapped line that only looks so stays a line of its own, as if the text were not wrapped.
 */
const OPENS_A_TURN = new RegExp(
  String.raw`^(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+)?[^\s:][^:]{0,50}:\s|^[QA](?:[.:)]|\s{2,}|$)|^\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+){1,3}\.\s|^[–—]\s|^[○◇◆【]|^${CLIP_WORD}`,
  'u',
);
/** "Page 4 of 6" under a sentence the page broke: the footer, not the sentence's end. */
const PAGE_FOOTER = /^(?:Page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$/iu;

/** A line's width on the page: the letters of Chinese, Japanese and Korean, and full-width forms, take two columns. */
function columns(line: string): number {
  let wide = 0;
  for (let at = 0; at < line.length; at++) if (isWide(line.charCodeAt(at))) wide++;
  return line.length + wide;
}

function isWide(code: number): boolean {
  return (
    code >= 0x1100 &&
    ((code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6))
  );
}

/**
 * A wrapped paragraph's next line joined to the text above it: with a space, as the line break
 * stood for one; without, between two letters of Chinese or Japanese, which set no space between words.
 */
export function joinWrapped(above: string, below: string): string {
  const last = above.charCodeAt(above.length - 1);
  const first = below.charCodeAt(0);
  const between = isWide(last) && isWide(first) && !isHangul(last) && !isHangul(first) ? '' : ' ';
  return `${above}${between}${below}`;
}

/** A Hangul syllable or letter: Korean sets spaces between its words, as Chinese and Japanese do not. */
function isHangul(code: number): boolean {
  return (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f) || (code >= 0xac00 && code <= 0xd7a3);
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The width a text is wrapped at, or null when it is not wrapped. */
export function wrapWidth(lines: readonly string[]): number | null {
  return widthOf(
    lines,
    lines.map((line) => columns(line.trimEnd())),
  );
}

/** The width these lines, of these widths (in columns, a blank line's 0), are wrapped at, or null. */
function widthOf(lines: readonly string[], widths: readonly number[]): number | null {
  const lengths = widths.filter((length) => length > 0);
  if (lengths.length < FEWEST_LINES) return null;
  // A transcript of a paragraph a line has more than one line in twenty wider than any page: told
  // without sorting, as most files are.
  if (lengths.filter((length) => length > WIDEST).length > 0.05 * lengths.length) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(0.95 * (sorted.length - 1))] as number;
  if (width < NARROWEST || width > WIDEST) return null;
  const full = lengths.filter((length) => length >= width - FULL_WITHIN).length;
  if (full >= FULL_SHARE * lengths.length) return width;
  // "SEÑORA CARDOZO.- Sí, señor senador.": a record of many short turns has many short lines, but a
  // line a wrapped text cut mid-sentence is still full. Unwrapped, a line that ends no sentence is a
  // heading or a label, and short.
  const open = widths.filter(
    (length, at) =>
      length > 0 && !ENDS_A_SENTENCE.test((lines[at] as string).trimEnd()) && (lines[at + 1] ?? '').trim() !== '',
  );
  const openFull = open.filter((length) => length >= width - FULL_WITHIN).length;
  return open.length >= FEWEST_LINES && openFull >= OPEN_FULL_SHARE * open.length ? width : null;
}

/**
 * The lines (1-based) that go on from the line above: the line above was full, and this one is
 * indented no deeper (not at all, where full lines start at the margin) and opens no turn of its own.
 */
export function continuedLines(lines: readonly string[]): Set<number> {
  // Each line's width, read once: every line of every file is measured.
  const widths = lines.map((line) => columns(line.trimEnd()));
  const width = widthOf(lines, widths);
  const continued = new Set<number>();
  if (width === null) return continued;
  // Where the full lines start at the margin, an indented line opens a paragraph, however full the line above.
  const full = lines.filter((line, at) => (widths[at] as number) >= width - FULL_WITHIN && indentOf(line) < CENTRED);
  const flush = full.filter((line) => indentOf(line) === 0).length >= FLUSH_SHARE * full.length;
  const firstLine = lines.findIndex((line) => line.trim() !== '');
  for (let index = 1; index < lines.length; index++) {
    const above = (lines[index - 1] as string).trimEnd();
    const line = lines[index] as string;
    const text = line.trim();
    if (above.trim() === '' || text === '') continue;
    if (indentOf(line) > (flush ? 0 : indentOf(above))) continue;
    // A line of Chinese, Japanese or Korean may break after any letter: its first is its first word.
    const firstWord = isWide(text.charCodeAt(0)) ? text.slice(0, 1) : (text.split(/\s/u, 1)[0] as string);
    const aboveColumns = widths[index - 1] as number;
    // Not under the page's first line (its headline) or a line well wider than the text, nor under
    // one short of the width.
    if (index - 1 === firstLine || aboveColumns > width + SLACK) continue;
    // "our 2 percent longer-" over "run goal": a word broken at its hyphen goes on, however short its line.
    const broken = /\p{Ll}-$/u.test(above) && /^\p{Ll}/u.test(text);
    // A sentence goes on in lower case under a line near the width that a proportional type set a
    // word short ("… Nomor 58/PUU-XXIII/2025" over "dengan ini dibuka …").
    const goesOnInLowerCase = /^\p{Ll}/u.test(text) && aboveColumns >= width - FULL_WITHIN && !/[:;]$/u.test(above);
    if (!broken && !goesOnInLowerCase && aboveColumns + 1 + columns(firstWord) <= width - SLACK) continue;
    // "Ssekandi): Madam Speaker, …" under "… (Mr Joseph Kato": a label's note the line broke, its
    // bracket closed before the colon, goes on from the line above.
    const closesNoteAbove = /^[^():]{1,40}\):\s/u.test(text) && /\([^()]*$/u.test(above);
    if (
      (OPENS_A_TURN.test(text) && !closesNoteAbove) ||
      ENDS_A_SENTENCE.test(above) ||
      PAGE_FOOTER.test(text) ||
      CLIP_LINE.test(above.trim())
    )
      continue;
    continued.add(index + 1);
  }
  return continued;
}
