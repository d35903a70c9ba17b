import { isoWeekMonday, parseIsoWeek } from '@vitaal/shared/iso-week';
import { currentLocale } from '@/lib/i18n';

const DAY_MS = 86_400_000;

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1 }).format(value);
}

/** "Week 47 (16–22 nov.)": the number and the days of the week, for headings and row labels. */
export function weekParts(key: string): { number: number; dates: string } {
  const week = parseIsoWeek(key);
  if (!week) return { number: 0, dates: key };
  const monday = new Date(`${isoWeekMonday(week)}T00:00:00Z`);
  const sunday = new Date(monday.getTime() + 6 * DAY_MS);
  const dates = new Intl.DateTimeFormat(currentLocale(), { day: 'numeric', month: 'short', timeZone: 'UTC' }).formatRange(monday, sunday);
  return { number: week.week, dates };
}
