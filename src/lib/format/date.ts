/** Human wording of a document date, with its precision ("October 2020", "between 13 and 21 October 2020"). */
import type { DocumentDate } from '../corpus/schema.ts';

const MONTHS = [
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
];

export function formatDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!day) return month ? `${MONTHS[(month as number) - 1]} ${year}` : String(year);
  return `${day} ${MONTHS[(month as number) - 1]} ${year}`;
}

export function formatDate(date: DocumentDate): string {
  if (date.value === null) return 'date unknown';
  if (date.precision === 'day') return formatDay(date.value);
  if (date.notBefore && date.notAfter) return `between ${formatRange(date.notBefore, date.notAfter)}`;
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

/** A sortable key: the value, else the lower bound, else the end of time. */
export function dateSortKey(date: DocumentDate): string {
  return date.value ?? date.notBefore ?? '9999';
}
