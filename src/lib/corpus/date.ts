/**
 * Step 4, date: when a document happened, with honest precision. A day is only
 * ever claimed when the text states it (a dateline, the title or the lead);
 * the year may come from the seed's manifest; undated parts of a compilation
 * get bounds from their dated neighbours; nothing else is guessed.
 */
import type { DocumentDate } from './schema.ts';
import type { Paragraph } from './segment.ts';
import { matchable, sentences } from './text.ts';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** A month's name in full, capitalised as a text prints it: "(?:January|…|December)". */
export const MONTH_NAME = `(?:${MONTHS.map((month) => `${month[0]?.toUpperCase()}${month.slice(1)}`).join('|')})`;

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th|ST|ND|RD|TH)?(?: of)? ${MONTH}(?![\\p{L}])(?:,? (\\d{4}))?`,
  'iu',
);
/**
 * Months as French, German, Italian, Spanish, Portuguese, Dutch, Swedish, Polish, Czech, Russian and
 * Ukrainian (after a day, in the genitive), Turkish and Indonesian print them, always after the day.
 */
const MONTHS_ABROAD: Record<string, number> = Object.fromEntries(
  [
    'janvier januar jänner gennaio enero janeiro januari stycznia ocak ledna января січня ιανουαρίου ιανουαριου',
    'février februar febbraio febrero fevereiro februari lutego şubat února февраля лютого φεβρουαρίου φεβρουαριου',
    'mars märz marzo março maart marca mart maret března марта березня μαρτίου μαρτιου',
    'avril aprile abril kwietnia nisan dubna апреля квітня απριλίου απριλιου',
    'mai maggio mayo maio mei maj maja mayıs května мая травня μαΐου μαιου',
    'juin juni giugno junio junho czerwca haziran června июня червня ιουνίου ιουνιου',
    'juillet juli luglio julio julho lipca temmuz července июля липня ιουλίου ιουλιου',
    'août agosto augustus augusti sierpnia ağustos agustus srpna августа серпня αυγούστου αυγουστου',
    'septembre settembre septiembre setiembre setembro września eylül září сентября вересня σεπτεμβρίου σεπτεμβριου',
    'octobre oktober ottobre octubre outubro października ekim října октября жовтня οκτωβρίου οκτωβριου',
    'novembre noviembre novembro listopada kasım listopadu ноября листопада νοεμβρίου νοεμβριου',
    'décembre dezember dicembre diciembre dezembro grudnia aralık desember prosince декабря грудня δεκεμβρίου δεκεμβριου',
  ].flatMap((names, month) => names.split(' ').map((name) => [name, month + 1])),
);
/** "19 marzo 2025", "9. März 2025", "14 de febrero de 2025", "1er avril 2025", "1° maggio", "1.º de março". */
const DAY_MONTH_ABROAD = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:\\.º|\\.|er|º|°)?\\s(?:de\\s)?(${Object.keys(MONTHS_ABROAD).join('|')})(?![\\p{L}])(?:,?\\s(?:de\\s|del\\s)?(\\d{4}))?`,
  'giu',
);
const AMBIGUOUS_IN_CAPITALS = new Set(['MARS', 'MAI']);
const CAPITALISED_ABROAD = new Set([
  'Januar',
  'Jänner',
  'Februar',
  'März',
  'Mai',
  'Juni',
  'Juli',
  'Oktober',
  'Dezember',
  // Turkish and Indonesian give every month its capital.
  'Ocak',
  'Şubat',
  'Mart',
  'Nisan',
  'Mayıs',
  'Haziran',
  'Temmuz',
  'Ağustos',
  'Eylül',
  'Ekim',
  'Kasım',
  'Aralık',
  'Januari',
  'Februari',
  'Maret',
  'Mei',
  'Agustus',
  'Desember',
]);
/** "2025年7月15日", "2025년 7월 15일", and eras' years: "令和7年7月4日" (Reiwa 7, 2025), "中華民國113年3月13日". */
const IDEOGRAPHIC_DATE =
  /(?:(?<!\d)(\d{4})|(令和|平成|中華民國|民國)(\d{1,3}|元))\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u;
/** The year before an era's first: Japan's Reiwa and Heisei, and the Republic of China's calendar (民國113年, 2024). */
const ERA_START: Record<string, number> = { 令和: 2018, 平成: 1988, 中華民國: 1911, 民國: 1911 };
const MONTH_DAY = new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?`, 'iu');
/** "StoryMarch 18, 2025": a page's label run into the date after it, the month in full with its capital and the year. */
const GLUED_MONTH_DAY =
  /(?<=\p{Ll})(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})\b/u;
/** "17.07.2025", "27/03/2025", "03/27/2025", "2025-07-17": a date in figures. */
const NUMERIC =
  /(?<![\d.\/-])(?:(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})|((?:19|20)\d{2})-(\d{2})-(\d{2}))(?![\d.\/-]?\d)/u;

export interface StatedDate {
  year: number | null;
  month: number;
  day: number;
  phrase: string;
  line: number;
}

/** A real day of the calendar ("2023-02-31" is not one), in the years an archive may hold. */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1000 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export function monthNumber(name: string): number {
  const prefix = name.toLowerCase().replace(/\.$/u, '').slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(prefix)) + 1;
}

/** Whether a text opens with a day and a month, in any language read here: "1 February 2011 is …", "9. März …". */
export function opensWithDate(text: string): boolean {
  // Both patterns open with the day's figures.
  if (!/^\d/u.test(text)) return false;
  const plain = matchable(text);
  return DAY_MONTH.exec(plain)?.index === 0 || plain.matchAll(DAY_MONTH_ABROAD).next().value?.index === 0;
}

/** The first day-and-month the paragraph states, with its year when given. */
export function findStatedDate(paragraph: Paragraph): StatedDate | null {
  // Every form read here has a figure: the day, the year or both.
  if (!/\d/u.test(paragraph.text)) return null;
  const candidates: StatedDate[] = [];
  const text = matchable(paragraph.text);
  const dayMonth = DAY_MONTH.exec(text);
  if (dayMonth) {
    candidates.push({
      day: Number(dayMonth[1]),
      month: monthNumber(dayMonth[2] ?? ''),
      year: dayMonth[3] ? Number(dayMonth[3]) : null,
      phrase: dayMonth[0],
      line: paragraph.line,
      index: dayMonth.index,
    } as StatedDate & { index: number });
  }
  // French, Italian, Spanish and Portuguese print a month in lower case, German with a capital: "12
  // Mars 2020" is the Mars 2020 mission, in English.
  const abroad = [...text.matchAll(DAY_MONTH_ABROAD)].find(
    (match) =>
      /^\p{Ll}/u.test(match[2] as string) ||
      CAPITALISED_ABROAD.has(match[2] as string) ||
      // Greek gives a month its capital ("17 Φεβρουαρίου 2025"), and no English word is spelt so.
      /^\p{Script=Greek}/u.test(match[2] as string) ||
      // "REALIZADA EM 10 DE JUNHO DE 2025", "12 MARZO 2025": in a text set in capitals the case says
      // nothing; "de" says the language, and only "MARS" and "MAI" are also an English word and a
      // French address's ("TOP 10 MARS 2020 DISCOVERIES", "PLACE DU 8 MAI 1945").
      (!/\p{Ll}/u.test(text) && (/\sDE\s/u.test(match[0]) || !AMBIGUOUS_IN_CAPITALS.has(match[2] as string))),
  );
  if (abroad) {
    candidates.push({
      day: Number(abroad[1]),
      month: MONTHS_ABROAD[(abroad[2] as string).toLowerCase()] ?? 0,
      year: abroad[3] ? Number(abroad[3]) : null,
      phrase: abroad[0],
      line: paragraph.line,
      index: abroad.index,
    } as StatedDate & { index: number });
  }
  const monthDay = MONTH_DAY.exec(text) ?? GLUED_MONTH_DAY.exec(text);
  if (monthDay) {
    candidates.push({
      day: Number(monthDay[2]),
      month: monthNumber(monthDay[1] ?? ''),
      year: monthDay[3] ? Number(monthDay[3]) : null,
      phrase: monthDay[0],
      line: paragraph.line,
      index: monthDay.index,
    } as StatedDate & { index: number });
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    let day = 0;
    let month = 0;
    if (numeric[5]) {
      day = Number(numeric[7]);
      month = Number(numeric[6]);
    } else {
      const [first, second] = [Number(numeric[1]), Number(numeric[3])];
      // Dots are day first (17.07.2025); slashes are day first in most of the world and month
      // first in the United States, so only a part over 12 says which: 03/04/2025 is no date.
      if (numeric[2] === '.' || first > 12) [day, month] = [first, second];
      else if (second > 12) [day, month] = [second, first];
    }
    if (day > 0 && month >= 1 && month <= 12) {
      candidates.push({
        day,
        month,
        year: Number(numeric[4] ?? numeric[5]),
        phrase: numeric[0],
        line: paragraph.line,
        index: numeric.index,
      } as StatedDate & { index: number });
    }
  }
  // "2025年7月15日", "2025년 7월 15일": the year, month and day as Chinese, Japanese and Korean print them.
  const ideographic = IDEOGRAPHIC_DATE.exec(text);
  if (ideographic) {
    const era = ideographic[2];
    const eraYear = ideographic[3] === '元' ? 1 : Number(ideographic[3]);
    candidates.push({
      day: Number(ideographic[5]),
      month: Number(ideographic[4]),
      year: era ? (ERA_START[era] as number) + eraYear : Number(ideographic[1]),
      phrase: ideographic[0],
      line: paragraph.line,
      index: ideographic.index,
    } as StatedDate & { index: number });
  }
  // "April 3, 0001" is no year an interview has: not a date. ("31 February 2021" still names a
  // month: dateDocument keeps the month and drops the day.)
  const valid = candidates.filter(
    (candidate) =>
      candidate.day >= 1 &&
      candidate.day <= 31 &&
      candidate.month >= 1 &&
      (candidate.year === null || (candidate.year >= 1000 && candidate.year <= 2999)) &&
      // "the Convention on the Law of the Sea of 10 December 1982": a named instrument's date, not
      // the event's ("on the morning of 6 November", "the European Council of 20 March" are).
      !NAMED_INSTRUMENT_BEFORE.test(text.slice(0, (candidate as StatedDate & { index: number }).index)),
  );
  valid.sort((a, b) => (a as StatedDate & { index: number }).index - (b as StatedDate & { index: number }).index);
  const first = valid[0] as (StatedDate & { index?: number }) | undefined;
  if (!first) return null;
  const { index: _index, ...date } = first;
  return date;
}

// "Date deposited: 09 January 2024" on an archive's record of the file, "Uploaded 3 May": the page's dates too.
const POSTED =
  /^(?:(?:published|posted|updated|last updated|last modified|modified|first published|deposited|uploaded|archived|date (?:deposited|published|posted|uploaded|added|modified|archived))\b|(?:更新日|公開日|掲載日|登録日|发布时间|发布日期|更新时间|등록일|수정일|작성일|게시일))/iu;
const NAMED_INSTRUMENT_BEFORE =
  /\b(?:Convention|Agreement|Treaty|Protocol|Act|Charter|Resolution|Declaration|Accord|Statute|Directive|Regulation|Decree|Constitution)(?:\s+(?:\p{Lu}[\p{L}'’-]*|on|of|the|and|for))*\s+of\s+$/u;

/** How far down the body a record's cover page may print its date on a line of its own. */
const COVER_PARAGRAPHS = 30;

/** A paragraph that states a date and at most two words besides ("Ends/Tuesday, November 4, 2025"). */
function isDateAlone(paragraph: Paragraph, date: StatedDate): boolean {
  return (
    paragraph.text
      .replace(date.phrase, '')
      .split(/[\s/]+/u)
      .filter(Boolean).length <= 2
  );
}

/**
 * The document's own date: from its dateline, title or first lead paragraph (where publishers
 * state when the interview took place), else from a short date line near the top ("Date of
 * interview: 14 June 2019"); the year from the text or else from the manifest.
 */
export function dateDocument(
  places: {
    datelines: readonly Paragraph[];
    title: Paragraph | null;
    lead: readonly Paragraph[];
    body?: readonly Paragraph[];
    navigation?: readonly Paragraph[];
  },
  manifestYear: number | null,
): DocumentDate {
  // "Published: 18 March 2025", "Last updated: 2 April 2025" date the page, not the event: they
  // count only when nothing else states a date.
  const posted = (paragraph: Paragraph) => POSTED.test(paragraph.text.trim());
  const main = [...places.datelines, ...(places.title ? [places.title] : []), ...places.lead.slice(0, 1)];
  const dateLines = [...places.lead.slice(1), ...(places.body ?? []).slice(0, 8), ...(places.navigation ?? [])].filter(
    (paragraph) => paragraph.text.split(/\s+/u).length <= 14,
  );
  const datesIn = (paragraphs: readonly Paragraph[]) =>
    paragraphs.map(findStatedDate).filter((date): date is StatedDate => date !== null);
  const stated = datesIn(main.filter((paragraph) => !posted(paragraph)));
  // The lines below are read only when the dates before them in `chosen` leave the date open: the
  // cover and the closing lines are a body's long paragraphs, each read by every date pattern.
  let linesRead: StatedDate[] | undefined;
  const fromLines = (): StatedDate[] =>
    (linesRead ??= [
      ...datesIn(dateLines.filter((paragraph) => !posted(paragraph))),
      // "SELASA, 15 JULI 2025" on a record's cover page, under its headings: a line of the date alone (a
      // weekday at most beside it), further down than date lines are looked for.
      ...(places.body ?? []).slice(8, COVER_PARAGRAPHS).flatMap((paragraph) => {
        const date = posted(paragraph) ? null : findStatedDate(paragraph);
        // Not an answer's "A: 12 April 1941.": a cover page's date line holds no label.
        return date && date.year !== null && !paragraph.text.includes(':') && isDateAlone(paragraph, date)
          ? [date]
          : [];
      }),
    ]);
  const fromPosted = datesIn([...main, ...dateLines].filter(posted));
  const withYear = (dates: readonly StatedDate[]) => dates.find((date) => date.year !== null);
  // "… at a media session this morning (November 4):" — a day the opening states without its year.
  const yearless = (): StatedDate | undefined =>
    stated[0] ?? fromLines()[0] ?? datesIn(places.lead).find((date) => date.year === null);
  // Only the same day: the links under a page ("Related news") carry other events' dates.
  // "Ends/Tuesday, November 4, 2025" under a press release: the year of that day, on a line of the
  // date alone; "March 9, 2024: Statement on …" under a page links to another event.
  const closing = (day: StatedDate): StatedDate | undefined =>
    (places.body ?? [])
      .slice(8)
      .slice(-10)
      .flatMap((paragraph) => {
        const date = posted(paragraph) ? null : findStatedDate(paragraph);
        const alone = date !== null && isDateAlone(paragraph, date);
        return alone && date.year !== null && date.month === day.month && date.day === day.day ? [date] : [];
      })[0];
  const closed = (): StatedDate | null => {
    const day = yearless();
    const last = day ? closing(day) : undefined;
    return day && last ? { ...day, year: last.year, phrase: `${day.phrase} (${last.phrase})` } : null;
  };
  const chosen =
    withYear(stated) ??
    heldOn([...places.lead, ...(places.body ?? []).slice(0, 8)]) ??
    withYear(fromLines()) ??
    conversedBefore([...places.lead, ...(places.body ?? []).slice(0, 8)], withYear(fromPosted)) ??
    withYear(fromPosted) ??
    closed() ??
    stated[0] ??
    fromLines()[0];
  if (chosen) {
    const year = chosen.year ?? manifestYear;
    if (year !== null && !isCalendarDay(`${year}-${pad(chosen.month)}-${pad(chosen.day)}`)) {
      // 29 February of a year that has none: the month and year stand, the day cannot.
      return {
        value: `${year}-${pad(chosen.month)}`,
        precision: 'month',
        evidence: chosen.phrase,
        line: chosen.line,
        from: chosen.year === null ? 'text-and-manifest' : 'text',
      };
    }
    if (year === null) {
      return { value: null, precision: 'unknown', evidence: chosen.phrase, line: chosen.line, from: 'text' };
    }
    return {
      value: `${year}-${pad(chosen.month)}-${pad(chosen.day)}`,
      precision: 'day',
      evidence: chosen.phrase,
      line: chosen.line,
      from: chosen.year === null ? 'text-and-manifest' : 'text',
    };
  }
  if (manifestYear !== null) {
    return {
      value: String(manifestYear),
      precision: 'year',
      evidence: 'year of the source, from seeds/sources.yaml',
      from: 'manifest',
    };
  }
  return { value: null, precision: 'unknown', evidence: null, from: 'none' };
}

/** A sentence over the text that tells of the conversation itself: "Cissé spoke to … on 18 March." */
const CONVERSED =
  /\b(?:spoke|talked) (?:to|with)\b|\bsat down with\b|\bwas interviewed\b|\binterviewed (?:by|at|in|on)\b|\b(?:in|of) an interview\b|\bgave (?:an|this) interview\b/iu;
/**
 * "This conversation took place on March 9, 2024", "This interview was recorded on 3 May 2024": the
 * publisher dating the text itself; not an answer's "That conversation took place on 14 March 2003".
 */
const HELD =
  /\bthis (?:conversation|interview|discussion|talk|exchange) (?:took place|was (?:held|recorded|conducted|taped))\b/iu;

/** The day, with its year, a sentence of the opening paragraphs says the conversation took place. */
function heldOn(opening: readonly Paragraph[]): StatedDate | null {
  for (const paragraph of opening)
    for (const sentence of sentences(paragraph.text)) {
      if (!HELD.test(sentence)) continue;
      const date = findStatedDate({ ...paragraph, text: sentence });
      if (date?.year != null) return date;
    }
  return null;
}

/** How long before a page's posting the conversation it prints may have taken place. */
const POSTED_WITHIN_DAYS = 31;
/** "… a transcript of an interview Tuesday with …": the day of the week, as a wire story dates what happened this week. */
// Not a paper's name: "the Sunday Times", "Mail on Sunday", "Sunday Express".
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY = new RegExp(String.raw`(?<!\bthe |\bMail on )\b(${WEEKDAYS.join('|')})\b(?! \p{Lu})`, 'u');

/**
 * "Cissé spoke to The Africa Report's Mame Diarra Sow … on 18 March." under "Posted on Thursday, 20
 * March 2025": the day of the conversation, a day the page's opening states without its year, in
 * the year of the posting, when it falls at most a month before it.
 */
function conversedBefore(opening: readonly Paragraph[], posted: StatedDate | undefined): StatedDate | null {
  if (!posted || posted.year === null) return null;
  for (const paragraph of opening) {
    for (const sentence of paragraph.text.split(/(?<=[.!?])\s+/u)) {
      if (!CONVERSED.test(sentence)) continue;
      const postedDay = Date.UTC(posted.year, posted.month - 1, posted.day);
      const date = findStatedDate({ ...paragraph, text: sentence });
      // Only where the publisher tells of the interview, not one who speaks in it: an answer's "I spoke to the
      // chairman on Thursday night" or "as I said in an interview Sunday with CBS" is another talk.
      const weekday =
        date || !/\binterview\b/iu.test(sentence) || /\b(?:I|me|my)\b/u.test(sentence) ? null : WEEKDAY.exec(sentence);
      if (weekday) {
        // The last such day up to the posting: a Tuesday under a page updated on Wednesday 14 May is 13 May.
        const back = (new Date(postedDay).getUTCDay() - WEEKDAYS.indexOf(weekday[1] as string) + 7) % 7;
        const day = new Date(postedDay - back * 86_400_000);
        return {
          day: day.getUTCDate(),
          month: day.getUTCMonth() + 1,
          year: day.getUTCFullYear(),
          phrase: `${weekday[0]} (${posted.phrase})`,
          line: paragraph.line,
        };
      }
      if (!date || date.year !== null) continue;
      const year = date.month > posted.month ? posted.year - 1 : posted.year;
      const days = (postedDay - Date.UTC(year, date.month - 1, date.day)) / 86_400_000;
      if (days >= 0 && days <= POSTED_WITHIN_DAYS)
        return { ...date, year, phrase: `${date.phrase} (${posted.phrase})` };
    }
  }
  return null;
}

/**
 * Parts of a compilation that state no day lie between their dated neighbours,
 * provided the compilation's dated parts are in time order.
 */
export function boundByNeighbours(dates: DocumentDate[], titles: readonly string[]): DocumentDate[] {
  const days = dates.map((date) => (date.precision === 'day' ? date.value : null));
  const known = days.filter((day): day is string => day !== null);
  const ordered = known.every((day, index) => index === 0 || (known[index - 1] as string) <= day);
  if (!ordered) return dates;
  return dates.map((date, index) => {
    if (date.precision === 'day') return date;
    const before = lastIndexBefore(days, index);
    const after = firstIndexAfter(days, index);
    const notBefore = before === -1 ? undefined : (days[before] as string);
    const notAfter = after === -1 ? undefined : (days[after] as string);
    if (!notBefore && !notAfter) return date;
    const sameMonth = notBefore && notAfter && notBefore.slice(0, 7) === notAfter.slice(0, 7);
    const sameYear = notBefore && notAfter && notBefore.slice(0, 4) === notAfter.slice(0, 4);
    const neighbours = [before, after]
      .filter((position) => position !== -1)
      .map((position) => `“${titles[position]}” (${days[position]})`)
      .join(' and ');
    return {
      value: sameMonth ? notBefore.slice(0, 7) : sameYear ? notBefore.slice(0, 4) : date.value,
      precision: sameMonth ? 'month' : sameYear ? 'year' : date.precision,
      ...(notBefore ? { notBefore } : {}),
      ...(notAfter ? { notAfter } : {}),
      evidence: `no date in the text; placed by the compilation's order between ${neighbours}`,
      from: 'neighbours',
    };
  });
}

function lastIndexBefore(days: readonly (string | null)[], index: number): number {
  for (let i = index - 1; i >= 0; i--) if (days[i]) return i;
  return -1;
}

function firstIndexAfter(days: readonly (string | null)[], index: number): number {
  for (let i = index + 1; i < days.length; i++) if (days[i]) return i;
  return -1;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * A key that sorts documents in time: the exact day where known, else the earliest day the
 * bounds allow, else the stated month or year, else the latest day allowed; null when nothing
 * dates the document.
 */
export function datedKey(date: DocumentDate): string | null {
  if (date.precision === 'day' && date.value) return date.value;
  return date.notBefore ?? date.value ?? date.notAfter ?? null;
}

/** datedKey, with undated documents sorting last. */
export function chronologicalKey(date: DocumentDate): string {
  return datedKey(date) ?? '9999';
}

/** Documents in time order; within a day, in the order of their source files and lines. */
export function inTimeOrder(
  a: { date: DocumentDate; source: { file: string; startLine: number } },
  b: { date: DocumentDate; source: { file: string; startLine: number } },
): number {
  const ka = chronologicalKey(a.date);
  const kb = chronologicalKey(b.date);
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a.source.file !== b.source.file) return a.source.file < b.source.file ? -1 : 1;
  return a.source.startLine - b.source.startLine;
}

/** The year a document is filed under in lists, or null when nothing dates it. */
export function yearOf(date: DocumentDate): string | null {
  return (date.value ?? date.notBefore ?? date.notAfter)?.slice(0, 4) ?? null;
}

/** The month ("2020-10") a document is filed under, when its date or its bounds fix one. */
export function monthOf(date: DocumentDate): string | null {
  if (date.value && date.value.length >= 7) return date.value.slice(0, 7);
  if (date.notBefore && date.notAfter && date.notBefore.slice(0, 7) === date.notAfter.slice(0, 7)) {
    return date.notBefore.slice(0, 7);
  }
  return null;
}
