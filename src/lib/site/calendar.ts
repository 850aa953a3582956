/**
 * The corpus laid out in time: documents by year, month and day, and the
 * monthly counts that the build-time bar charts draw.
 */
import type { CorpusDocument } from '../corpus/schema.ts';
import { MONTHS, monthOf, yearOf } from './dates.ts';

export interface MonthGroup {
  /** "2020-10" */
  month: string;
  label: string;
  /** Documents dated to a day, by day ("2020-10-02"), in time order. */
  days: { day: string; documents: CorpusDocument[] }[];
  /** Documents known only to the month (or to bounds inside it). */
  undatedDay: CorpusDocument[];
  count: number;
}

export interface YearGroup {
  year: string;
  months: MonthGroup[];
  /** Documents known only to the year. */
  undatedMonth: CorpusDocument[];
  count: number;
}

export interface Calendar {
  years: YearGroup[];
  /** Documents with no date at all. */
  undated: CorpusDocument[];
}

/** Groups documents (already in time order) by year, month and day. */
export function calendarOf(documents: readonly CorpusDocument[]): Calendar {
  const years = new Map<string, YearGroup>();
  const undated: CorpusDocument[] = [];
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
  const sorted = [...years.values()].sort((a, b) => a.year.localeCompare(b.year));
  for (const year of sorted) {
    year.months.sort((a, b) => a.month.localeCompare(b.month));
    for (const month of year.months) month.days.sort((a, b) => a.day.localeCompare(b.day));
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
 * The corpus over time at a readable grain: by month while it spans two years or less, by year
 * beyond that (sixty monthly bars, most of them empty, say less than five yearly ones).
 */
export function timelineBars(documents: readonly CorpusDocument[]): { bars: Bar[]; grain: 'month' | 'year' } {
  const perMonth = new Map<string, number>();
  const perYear = new Map<string, number>();
  for (const document of documents) {
    const month = monthOf(document.date);
    if (month) perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    const year = yearOf(document.date);
    if (year) perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  const months = monthlyBars(perMonth, (month) => `/dates/${month.slice(0, 4)}/#m-${month}`);
  if (months.length <= 24) return { bars: months, grain: 'month' };
  return { bars: yearlyBars(perYear, (year) => `/dates/${year}/`), grain: 'year' };
}
