import { isoWeekMonday, parseIsoWeek } from '@vitaal/shared/iso-week';
import { currentLocale } from '@/lib/i18n';

const DAY_MS = 86_400_000;

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1 }).format(value);
}

export function weekNumber(key: string): number {
  return parseIsoWeek(key)?.week ?? 0;
}

/** Monday to Sunday of the week, e.g. "23 – 29 november 2026". */
export function weekDates(key: string, month: 'short' | 'long' = 'long'): string {
  const week = parseIsoWeek(key);
  if (!week) return key;
  const monday = new Date(`${isoWeekMonday(week)}T00:00:00Z`);
  const sunday = new Date(monday.getTime() + 6 * DAY_MS);
  // Calendar days, formatted in UTC where they were made, so they never shift a day.
  const format = new Intl.DateTimeFormat(currentLocale(), { day: 'numeric', month, year: month === 'long' ? 'numeric' : undefined, timeZone: 'UTC' });
  return format.formatRange(monday, sunday);
}

/** A moment (an ISO timestamp) as a date with the time, in the reader's own time zone. */
export function formatMoment(iso: string): string {
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/**
 * The last day before a deadline (an ISO timestamp at local midnight), in the reader's time zone:
 * "until 14 December 00:00" reads better as "up to and including 13 December".
 */
export function formatLastDay(deadline: string): string {
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'long' }).format(new Date(Date.parse(deadline) - 1));
}

export function formatTime(date: Date): string {
  return new Intl.DateTimeFormat(currentLocale(), { timeStyle: 'short' }).format(date);
}
