import { useTranslation } from 'react-i18next';
import { weekNumber } from '@/lib/format';

/** Says which weeks are still open and how the charts and tables mark them. */
export function ProvisionalNote({ weeks }: { weeks: string[] }) {
  const { t, i18n } = useTranslation();
  if (weeks.length === 0) return null;
  const numbers = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    weeks.map((week) => String(weekNumber(week))),
  );
  return (
    <p className="insights-provisional">{t('insights.provisional.note', { count: weeks.length, weeks: numbers })}</p>
  );
}
