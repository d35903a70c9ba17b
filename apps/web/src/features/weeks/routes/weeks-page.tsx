import { useTranslation } from 'react-i18next';
import { TableScroll } from '@/components/table-scroll';
import { Link } from 'react-router';
import type { WeekSummary } from '@vitaal/shared/weeks';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { PageTitle } from '@/components/page-title';
import { DEFAULT_WEEK_COUNT, useWeeks } from '../api/get-weeks';
import { WeekStatus } from '../components/week-status';
import { currentWeekOf, weekAfter } from '../utils/current-week';
import { formatNumber, weekDates, weekNumber } from '@/lib/format';
import '../weeks.css';

function Hours({ value }: { value: number | null }) {
  const { t } = useTranslation();
  return value === null ? <span className="week-muted">{t('weeks.describe.empty')}</span> : <>{formatNumber(value)}</>;
}

function WeeksTable({ weeks }: { weeks: WeekSummary[] }) {
  const { t } = useTranslation();
  const current = currentWeekOf(weeks);
  const next = current ? weekAfter(current) : null;
  // Fewer weeks than asked for: the person joined within them, and the first one is where they began.
  const since = weeks.length < DEFAULT_WEEK_COUNT ? weeks[0]?.week : undefined;
  return (
    <>
      {since && <p>{t('weeks.list.since', { number: weekNumber(since) })}</p>}
      {next && (
        <p>
          <Link to={`/weeks/${next}`} className="button button--secondary">
            {t('weeks.list.planNext', { number: weekNumber(next) })}
          </Link>
        </p>
      )}
      <TableScroll label={t('weeks.list.caption')}>
        <table className="table week-table">
          <caption>{t(since ? 'weeks.list.captionSince' : 'weeks.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('weeks.list.week')}</th>
              <th scope="col">{t('weeks.list.dates')}</th>
              <th scope="col">{t('weeks.list.status')}</th>
              <th scope="col">{t('weeks.list.planned')}</th>
              <th scope="col">{t('weeks.list.actual')}</th>
            </tr>
          </thead>
          <tbody>
            {[...weeks].reverse().map((week) => {
              const isCurrent = week.week === current;
              return (
                <tr
                  key={week.week}
                  className={
                    isCurrent ? 'week-table__current' : week.status === 'missing' ? 'week-table__missing' : undefined
                  }
                  aria-current={isCurrent ? 'date' : undefined}
                >
                  <th scope="row">
                    <Link to={`/weeks/${week.week}`}>
                      {t('weeks.list.weekLabel', { number: weekNumber(week.week) })}
                    </Link>
                    {isCurrent && <span className="week-table__now">{t('weeks.list.thisWeek')}</span>}
                  </th>
                  <td>{weekDates(week.week)}</td>
                  <td>
                    <WeekStatus status={week.status} open={isCurrent} />
                  </td>
                  <td>
                    <Hours value={week.plannedHours} />
                  </td>
                  <td>
                    <Hours value={week.actualHours} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

export function WeeksPage() {
  const { t } = useTranslation();
  const weeks = useWeeks();
  return (
    <div className="page">
      <PageTitle title={t('weeks.list.title')} />
      <p className="lead">{t('weeks.list.intro')}</p>
      {weeks.isPending ? (
        <LoadingState />
      ) : weeks.isError ? (
        <ErrorState error={weeks.error} onRetry={() => void weeks.refetch()} />
      ) : (
        <WeeksTable weeks={weeks.data} />
      )}
    </div>
  );
}
