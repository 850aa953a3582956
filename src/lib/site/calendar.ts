/**
 * The corpus laid out in time: documents by year, month and day, and the
 * monthly counts that the build-time bar charts draw.
 */
import type { DocumentSummary } from '../corpus/schema.ts';
import { compareText } from '../corpus/text.ts';
import { MONTHS, monthOf, yearOf } from './dates.ts';
import { PAGE_SIZE } from './paging.ts';
import { routes } from './routes.ts';

export interface MonthGroup {
  /** "2020-10" */
  month: string;
  label: string;
  /** Documents dated to a day, by day ("2020-10-02"), in time order. */
  days: { day: string; documents: DocumentSummary[] }[];
  /** Documents known only to the month (or to bounds inside it). */
  undatedDay: DocumentSummary[];
  count: number;
}

export interface YearGroup {
  year: string;
  months: MonthGroup[];
  /** Documents known only to the year. */
  undatedMonth: DocumentSummary[];
  count: number;
}

export interface Calendar {
  years: YearGroup[];
  /** Documents with no date at all. */
  undated: DocumentSummary[];
}

/** Groups documents (already in time order) by year, month and day. */
export function calendarOf(documents: readonly DocumentSummary[]): Calendar {
  const years = new Map<string, YearGroup>();
  const undated: DocumentSummary[] = [];
  for (const document of documents) {
    const year = yearOf(document.date);
    if (!year) {
      undated.push(document);
      continue;
    }
    let yearGroup = years.get(year);
    if (!yearGroup) {
      yearGroup = { year, months: [], undatedMonth: [], count: 0 };
      years.set(year, yearGroup);
    }
    yearGroup.count++;
    const month = monthOf(document.date);
    if (!month) {
      yearGroup.undatedMonth.push(document);
      continue;
    }
    let monthGroup = yearGroup.months.find((group) => group.month === month);
    if (!monthGroup) {
      monthGroup = { month, label: monthLabel(month), days: [], undatedDay: [], count: 0 };
      yearGroup.months.push(monthGroup);
    }
    monthGroup.count++;
    if (document.date.precision === 'day' && document.date.value) {
      const day = document.date.value;
      const dayGroup = monthGroup.days.find((group) => group.day === day);
      if (dayGroup) dayGroup.documents.push(document);
      else monthGroup.days.push({ day, documents: [document] });
    } else {
      monthGroup.undatedDay.push(document);
    }
  }
  const sorted = [...years.values()].sort((a, b) => compareText(a.year, b.year));
  for (const year of sorted) {
    year.months.sort((a, b) => compareText(a.month, b.month));
    for (const month of year.months) month.days.sort((a, b) => compareText(a.day, b.day));
  }
  return { years: sorted, undated };
}

export function monthLabel(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return `${MONTHS[(number as number) - 1]} ${year}`;
}

export interface Bar {
  key: string;
  label: string;
  value: number;
  href?: string;
}

/** One bar per month from the first to the last month with a count, empty months included. */
export function monthlyBars(counts: ReadonlyMap<string, number>, href?: (month: string) => string): Bar[] {
  const months = [...counts.keys()].sort();
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [];
  const bars: Bar[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const value = counts.get(key) ?? 0;
    bars.push({ key, label: monthLabel(key), value, ...(href && value > 0 ? { href: href(key) } : {}) });
    if (key === last) break;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return bars;
}

/** One bar per day of a month that has any document, for a year page. */
export function dailyBars(group: MonthGroup, href?: (day: string) => string): Bar[] {
  return group.days.map(({ day, documents }) => ({
    key: day,
    label: `${Number(day.slice(8))} ${MONTHS[Number(day.slice(5, 7)) - 1]}`,
    value: documents.length,
    ...(href ? { href: href(day) } : {}),
  }));
}

/** One bar per year from the first to the last year with a count, empty years included. */
export function yearlyBars(counts: ReadonlyMap<string, number>, href?: (year: string) => string): Bar[] {
  const years = [...counts.keys()].map(Number).sort((a, b) => a - b);
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return [];
  const bars: Bar[] = [];
  for (let year = first; year <= last; year++) {
    const key = String(year);
    const value = counts.get(key) ?? 0;
    bars.push({ key, label: key, value, ...(href && value > 0 ? { href: href(key) } : {}) });
  }
  return bars;
}

/**
 * Counts over time at a readable grain: by month while they span two years or less, by year
 * beyond that (sixty monthly bars, most of them empty, say less than five yearly ones).
 */
export function timeline(
  perMonth: ReadonlyMap<string, number>,
  href: { month?: (month: string) => string; year?: (year: string) => string } = {},
): { bars: Bar[]; grain: 'month' | 'year' } {
  const months = monthlyBars(perMonth, href.month);
  if (months.length <= 24) return { bars: months, grain: 'month' };
  const perYear = new Map<string, number>();
  for (const [month, count] of perMonth) perYear.set(month.slice(0, 4), (perYear.get(month.slice(0, 4)) ?? 0) + count);
  return { bars: yearlyBars(perYear, href.year), grain: 'year' };
}

/** The documents over time, each bar a link to its month (on the page of its year that holds it) or year. */
export function timelineBars(calendar: Calendar): { bars: Bar[]; grain: 'month' | 'year' } {
  const perMonth = new Map<string, number>();
  const where = new Map<string, string>();
  for (const year of calendar.years) {
    const pages = monthPages(year);
    for (const month of year.months) {
      perMonth.set(month.month, month.count);
      where.set(month.month, `${routes.year(year.year, pages.get(month.month))}#m-${month.month}`);
    }
  }
  const months = monthlyBars(perMonth, (month) => where.get(month) ?? routes.year(month.slice(0, 4)));
  if (months.length <= 24) return { bars: months, grain: 'month' };
  const perYear = new Map(calendar.years.map((year) => [year.year, year.count]));
  return { bars: yearlyBars(perYear, (year) => routes.year(year)), grain: 'year' };
}

/** A year's documents in the order its page lists them: month by month, day by day, then the month unknown. */
export function yearDocuments(year: YearGroup): DocumentSummary[] {
  return [
    ...year.months.flatMap((month) => [...month.days.flatMap((day) => day.documents), ...month.undatedDay]),
    ...year.undatedMonth,
  ];
}

/** The page of a year's list where each month begins. */
export function monthPages(year: YearGroup): Map<string, number> {
  const pages = new Map<string, number>();
  let seen = 0;
  for (const month of year.months) {
    pages.set(month.month, Math.floor(seen / PAGE_SIZE) + 1);
    seen += month.count;
  }
  return pages;
}
