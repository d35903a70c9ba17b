import { currentLocale } from '@/lib/i18n';

/** A calendar date (2027-03-31) as the reader writes it; UTC so the day never shifts. */
export function formatDate(isoDate: string): string {
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
