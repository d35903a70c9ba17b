import type { TFunction } from 'i18next';
import { parseIsoWeek } from '@vitaal/shared/iso-week';
import type { NotificationResponse } from '@vitaal/shared/notifications';
import { currentLocale } from '@/lib/i18n';

export interface NotificationText {
  text: string;
  /** Where opening it takes the reader; none for kinds this version does not know. */
  to: string | null;
}

function weekOf(t: TFunction, week: unknown): string {
  const parsed = typeof week === 'string' ? parseIsoWeek(week) : null;
  if (!parsed) return '';
  return parsed.year === new Date().getFullYear()
    ? t('notifications.week', { number: parsed.week })
    : t('notifications.weekOfYear', { number: parsed.week, year: parsed.year });
}

function hoursOf(t: TFunction, hours: unknown): string {
  const count = typeof hours === 'number' ? hours : 0;
  return t('notifications.hours', {
    count,
    hours: new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1 }).format(count),
  });
}

/** The API sends what happened as a kind with data; the reader's language words it. */
export function describe(t: TFunction, { kind, data }: NotificationResponse): NotificationText {
  const values = { week: weekOf(t, data.week), hours: hoursOf(t, data.hours) };
  switch (kind) {
    case 'learning_time.requested':
      return { text: t('notifications.text.requested', values), to: '/learning-time/approvals' };
    case 'learning_time.approved':
      return { text: t('notifications.text.approved', values), to: '/learning-time' };
    case 'learning_time.rejected':
      return { text: t('notifications.text.rejected', values), to: '/learning-time' };
    case 'learning_time.cancelled':
      return { text: t('notifications.text.cancelled', values), to: '/learning-time/approvals' };
    case 'week.reminder':
      return {
        text: t('notifications.text.reminder', values),
        to: typeof data.week === 'string' ? `/weeks/${encodeURIComponent(data.week)}` : '/weeks',
      };
    case 'personal_data.exported':
      return { text: t('notifications.text.dataExported'), to: '/my-data' };
    default:
      return { text: t('notifications.text.unknown'), to: null };
  }
}

/** When it happened, in the reader's time zone. */
export function formatMoment(iso: string): string {
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
