import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { GoalWeek } from '@vitaal/shared/goals';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { useGoalWeeks } from '../api/get-goal-weeks';
import { formatNumber, weekNumber } from '@/lib/format';
import { weekTick } from '@/components/charts';

const PERCENT_TICKS = [0, 25, 50, 75, 100];

function Value({ value, suffix = '' }: { value: number | null; suffix?: string }) {
  const { t } = useTranslation();
  return value === null ? (
    <span className="goal-muted">{t('goals.history.notFilled')}</span>
  ) : (
    <>{`${formatNumber(value)}${suffix}`}</>
  );
}

function HistoryTable({ weeks }: { weeks: GoalWeek[] }) {
  const { t } = useTranslation();
  // Readers who may not see the owner's week status (L&O staff) get neither hours nor submission.
  const showsStatus = weeks.some((week) => week.submitted !== null);
  return (
    <table className="table goal-history__table">
      <caption>{t('goals.history.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('goals.history.week')}</th>
          {showsStatus && <th scope="col">{t('goals.history.hours')}</th>}
          <th scope="col">{t('goals.history.progress')}</th>
          {showsStatus && <th scope="col">{t('goals.history.submitted')}</th>}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.week}>
            <th scope="row">
              <Link to={`/weeks/${week.week}`}>
                {t('goals.history.weekLabel', { number: weekNumber(week.week), year: week.week.slice(0, 4) })}
              </Link>
            </th>
            {showsStatus && (
              <td>
                <Value value={week.hours} />
              </td>
            )}
            <td>
              <Value value={week.progress} suffix="%" />
            </td>
            {showsStatus && <td>{week.submitted ? t('goals.history.yes') : t('goals.history.no')}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The weeks the goal was worked on: progress over time as a small chart, and the table behind it. */
export function GoalHistory({ goalId }: { goalId: string }) {
  const { t } = useTranslation();
  const history = useGoalWeeks(goalId);
  if (history.isPending) return <LoadingState />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.length === 0) {
    return (
      <EmptyState title={t('goals.history.emptyTitle')}>
        <p>{t('goals.history.emptyBody')}</p>
      </EmptyState>
    );
  }
  const points = history.data.map((week) => ({ label: weekTick(t, week.week), progress: week.progress }));
  return (
    <figure className="goal-history">
      <figcaption className="field__hint">{t('goals.history.chartCaption')}</figcaption>
      {/* The table below holds the same numbers, so screen readers skip the drawing. */}
      <div className="goal-history__chart" aria-hidden="true">
        <LineChart
          data={points}
          responsive
          accessibilityLayer={false}
          style={{ width: '100%', height: 180 }}
          margin={{ top: 8, right: 12, bottom: 0, left: -20 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis
            domain={[0, 100]}
            ticks={PERCENT_TICKS}
            tickFormatter={(value: number) => `${value}%`}
            tick={{ fontSize: 12 }}
          />
          <Tooltip formatter={(value) => `${formatNumber(Number(value))}%`} />
          <Line
            dataKey="progress"
            name={t('goals.history.progress')}
            stroke="#0f766e"
            strokeWidth={2}
            connectNulls
            type="monotone"
          />
        </LineChart>
      </div>
      <HistoryTable weeks={history.data} />
    </figure>
  );
}
