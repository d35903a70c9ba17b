import { isoWeekMonday, parseIsoWeek, type IsoWeekKey } from '@vitaal/shared/iso-week';
import { currentLocale } from '@/lib/i18n';

const DAY_MS = 86_400_000;

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1 }).format(value);
}

export function weekNumber(key: IsoWeekKey): number {
  return parseIsoWeek(key)?.week ?? 0;
}

/** "23–29 nov." in Dutch, "Nov 23 – 29" in English: the days a week key stands for. */
export function weekDates(key: IsoWeekKey): string {
  const week = parseIsoWeek(key);
  if (!week) return key;
  const monday = new Date(`${isoWeekMonday(week)}T00:00:00Z`);
  const sunday = new Date(monday.getTime() + 6 * DAY_MS);
  // The dates are calendar days, so they are formatted in UTC, where they were made.
  return new Intl.DateTimeFormat(currentLocale(), { day: 'numeric', month: 'short', timeZone: 'UTC' }).formatRange(monday, sunday);
}
