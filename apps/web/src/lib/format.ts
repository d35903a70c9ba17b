import { isoWeekMonday, parseIsoWeek } from '@vitaal/shared/iso-week';
import { currentLocale } from './i18n';

const DAY_MS = 86_400_000;

/** Hours and other amounts in the reader's notation, with at most one decimal ("1,5"). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1 }).format(value);
}

/** A percentage of 0–100 in the reader's notation, with at most one decimal ("66,7%"). */
export function formatPercent(value: number): string {
  return new Intl.NumberFormat(currentLocale(), { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** 48 for "2026-W48"; 0 for anything that is not a week key. */
export function weekNumber(key: string): number {
  return parseIsoWeek(key)?.week ?? 0;
}

/**
 * Monday to Sunday of a week: "23–29 nov." by default, "23 – 29 november 2026" with a long month.
 * Calendar days are formatted in UTC, where they were made, so they never shift a day.
 */
export function weekDates(
  key: string,
  { month = 'short', year = month === 'long' }: { month?: 'short' | 'long'; year?: boolean } = {},
): string {
  const week = parseIsoWeek(key);
  if (!week) return key;
  const monday = new Date(`${isoWeekMonday(week)}T00:00:00Z`);
  const sunday = new Date(monday.getTime() + 6 * DAY_MS);
  return new Intl.DateTimeFormat(currentLocale(), {
    day: 'numeric',
    month,
    year: year ? 'numeric' : undefined,
    timeZone: 'UTC',
  }).formatRange(monday, sunday);
}
