import type { TFunction } from 'i18next';
import { parseIsoWeek } from '@vitaal/shared/iso-week';
import { currentLocale } from '@/lib/i18n';
import { formatNumber, weekDates as formatWeekDates } from '@/lib/format';

/** "21%" / "21 %", as the reader's language writes it. */
export function formatPercent(share: number): string {
  return new Intl.NumberFormat(currentLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** "4 uur" / "4 hours", with the number in the reader's notation ("0,5 uur"). */
export function formatHours(t: TFunction, hours: number): string {
  return t('learningTime.hours', { count: hours, hours: formatNumber(hours) });
}

/** "30 nov – 6 dec": Monday to Sunday; the year is added for weeks outside this year. */
export function weekDates(key: string): string {
  const week = parseIsoWeek(key);
  return week ? formatWeekDates(key, { year: week.year !== new Date().getFullYear() }) : key;
}

/** "week 49 (30 nov – 6 dec)". */
export function weekLabel(t: TFunction, key: string): string {
  const week = parseIsoWeek(key);
  return week ? t('learningTime.week', { number: week.week, dates: weekDates(key) }) : key;
}

/** "maandag 30 november", or "ma 30 nov" when short. */
export function formatDay(isoDate: string, length: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(currentLocale(), {
    weekday: length,
    day: 'numeric',
    month: length,
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A moment (an ISO timestamp) as a date, in the reader's own time zone. */
export function formatMoment(iso: string): string {
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium' }).format(new Date(iso));
}
