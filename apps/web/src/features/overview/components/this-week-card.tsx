import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WeekSummary } from '@vitaal/shared/weeks';
import { formatNumber, weekDates, weekNumber } from '@/lib/format';
import { isoWeekday, weekPhase } from '../utils/week-phase';
import { OverviewPanel } from './overview-panel';

/** This week's next step in the Vital Week Cycle, with a link straight to it. */
export function ThisWeekCard({ week }: { week: WeekSummary }) {
  const { t } = useTranslation();
  // The weekday of the first render is enough: the card does not need to turn at midnight.
  const [weekday] = useState(() => isoWeekday(new Date()));
  const phase = weekPhase(week, weekday);

  return (
    <OverviewPanel title={t('overview.thisWeek.title')} className={`overview-week overview-week--${phase}`}>
      <p className="overview-week__dates">
        {t('overview.thisWeek.dates', { number: weekNumber(week.week), dates: weekDates(week.week) })}
      </p>
      <p>{t(`overview.thisWeek.${phase}.body`, { hours: formatNumber(week.plannedHours ?? 0) })}</p>
      <Link className={phase === 'submitted' ? 'button button--secondary' : 'button'} to={`/weeks/${week.week}`}>
        {t(`overview.thisWeek.${phase}.action`)}
      </Link>
    </OverviewPanel>
  );
}
