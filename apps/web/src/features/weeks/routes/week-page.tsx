import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { compareIsoWeekKeys, ISO_WEEK_YEARS, parseIsoWeek, type IsoWeek } from '@vitaal/shared/iso-week';
import type { WeekResponse } from '@vitaal/shared/weeks';
import { useGoals } from '@/entities/goals/api/get-goals';
import { useWeek } from '@/entities/weeks/api/get-week';
import { useWeeks } from '@/entities/weeks/api/get-weeks';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { PageTitle } from '@/components/page-title';
import { WeekEditor } from '../components/week-editor';
import { WeekNav } from '../components/week-nav';
import { WeekReadOnly } from '../components/week-read-only';
import { WeekStatus } from '../components/week-status';
import { currentWeekOf, weekAfter } from '../utils/current-week';
import { formatLastDay, formatMoment } from '../utils/format';
import { weekDates } from '@/lib/format';
import '../weeks.css';

interface WeekBodyProps {
  week: WeekResponse;
  /** The current week, or null while not known yet. */
  current: string | null;
}

function WeekBody({ week, current }: WeekBodyProps) {
  const { t } = useTranslation();
  const goals = useGoals();
  const latest = current && weekAfter(current);
  const open = current === null || compareIsoWeekKeys(week.week, current) >= 0;

  return (
    <>
      <div className="week-head">
        <WeekStatus status={week.version === 0 ? 'missing' : week.status} open={open} />
        {week.submittedAt && <span>{t('weeks.week.submittedAt', { moment: formatMoment(week.submittedAt) })}</span>}
        {week.editable && <span>{t('weeks.week.editableUntil', { date: formatLastDay(week.editableUntil) })}</span>}
      </div>
      {latest && compareIsoWeekKeys(week.week, latest) > 0 ? (
        <p className="week-note">{t('weeks.week.tooFarAhead')}</p>
      ) : week.editable ? (
        <WeekEditor
          key={week.week}
          week={week}
          submitted={week.status === 'submitted'}
          upcoming={current !== null && compareIsoWeekKeys(week.week, current) > 0}
          goals={goals.data}
          goalsError={goals.error}
        />
      ) : (
        <>
          <p className="week-note">{t('weeks.week.closed', { date: formatLastDay(week.editableUntil) })}</p>
          {week.version === 0 ? (
            <EmptyState title={t('weeks.week.nothingSaved')} />
          ) : (
            <WeekReadOnly week={week} goals={goals.data} />
          )}
        </>
      )}
    </>
  );
}

function WeekOf({ week }: { week: IsoWeek & { key: string } }) {
  const { t } = useTranslation();
  const current = currentWeekOf(useWeeks().data);
  const saved = useWeek(week.key);
  return (
    <>
      <WeekNav week={week} latest={current && weekAfter(current)} />
      <PageTitle title={t('weeks.week.title', { number: week.week, year: week.year })} />
      <p className="lead week-dates">{weekDates(week.key, { month: 'long' })}</p>
      {saved.isPending ? (
        <LoadingState />
      ) : saved.isError ? (
        <ErrorState
          error={saved.error}
          onRetry={() => void saved.refetch()}
          invalidMessage={t('errors.outsideWeeksKept', { first: ISO_WEEK_YEARS.min, last: ISO_WEEK_YEARS.max })}
        />
      ) : (
        <WeekBody week={saved.data} current={current} />
      )}
    </>
  );
}

export function WeekPage() {
  const { t } = useTranslation();
  const { week: key = '' } = useParams();
  const week = parseIsoWeek(key);
  return (
    <div className="page week-page">
      {week ? (
        <WeekOf key={key} week={{ ...week, key }} />
      ) : (
        <>
          <PageTitle title={t('weeks.week.notFoundTitle')} />
          <p>{t('weeks.week.notFoundBody', { first: ISO_WEEK_YEARS.min, last: ISO_WEEK_YEARS.max })}</p>
        </>
      )}
    </div>
  );
}
