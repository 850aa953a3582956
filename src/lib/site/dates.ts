/**
 * Dates as readers see them: wording with the honest precision of the source
 * ("6 November 2020", "October 2020", "between 13 and 21 October 2020",
 * "date unknown"), and the keys that put documents in time order.
 */
import type { DocumentDate } from '../corpus/schema.ts';

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "2020-10-02" → "2 October 2020"; "2020-10" → "October 2020"; "2020" → "2020". */
export function formatDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!month) return String(year);
  const name = MONTHS[month - 1];
  return day ? `${day} ${name} ${year}` : `${name} ${year}`;
}

export function formatDate(date: DocumentDate): string {
  if (date.precision === 'day' && date.value) return formatDay(date.value);
  if (date.notBefore && date.notAfter) return `between ${formatRange(date.notBefore, date.notAfter)}`;
  if (date.value === null) {
    if (date.notBefore) return `not before ${formatDay(date.notBefore)}`;
    if (date.notAfter) return `not after ${formatDay(date.notAfter)}`;
    return 'date unknown';
  }
  if (date.notBefore) return `${formatDay(date.value)}, not before ${formatDay(date.notBefore)}`;
  if (date.notAfter) return `${formatDay(date.value)}, not after ${formatDay(date.notAfter)}`;
  return formatDay(date.value);
}

function formatRange(from: string, to: string): string {
  const [fromYear, fromMonth, fromDay] = from.split('-').map(Number);
  const [toYear, toMonth] = to.split('-').map(Number);
  if (fromYear === toYear && fromMonth === toMonth) return `${fromDay} and ${formatDay(to)}`;
  if (fromYear === toYear) return `${fromDay} ${MONTHS[(fromMonth as number) - 1]} and ${formatDay(to)}`;
  return `${formatDay(from)} and ${formatDay(to)}`;
}

/** The machine-readable value for a <time> element, when the date has one. */
export function datetimeAttribute(date: DocumentDate): string | undefined {
  return date.value ?? undefined;
}

export { chronologicalKey, datedKey, monthOf, yearOf } from '../corpus/date.ts';
