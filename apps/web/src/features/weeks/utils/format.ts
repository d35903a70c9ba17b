import { currentLocale } from '@/lib/i18n';

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
