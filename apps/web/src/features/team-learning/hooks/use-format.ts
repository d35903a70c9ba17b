import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { parseIsoWeek } from '@vitaal/shared/iso-week';

/** Dates, times, weeks, durations and percentages in the language the app is read in. */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const sessionTime = new Intl.DateTimeFormat(language, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    });
    const hours = new Intl.NumberFormat(language, { style: 'unit', unit: 'hour', unitDisplay: 'long' });
    const minutes = new Intl.NumberFormat(language, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
    const percent = new Intl.NumberFormat(language, { style: 'percent' });
    return {
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      /** "dinsdag 24 november 2026 14:00–15:30": when a session starts and ends. */
      sessionTime: (startsAt: string, durationMinutes: number) => {
        const start = new Date(startsAt);
        return sessionTime.formatRange(start, new Date(start.getTime() + durationMinutes * 60_000));
      },
      /** 90 → "1 uur 30 minuten". */
      duration: (total: number) =>
        [total >= 60 ? hours.format(Math.floor(total / 60)) : '', total % 60 > 0 ? minutes.format(total % 60) : '']
          .filter(Boolean)
          .join(' '),
      percent: (share: number) => percent.format(share),
      /** "2026-W48" → "week 48, 2026". */
      week: (key: string) => {
        const week = parseIsoWeek(key);
        return week ? t('teamLearning.week', { week: week.week, year: week.year }) : key;
      },
    };
  }, [language, t]);
}
