import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyOverviewResponse } from '@vitaal/shared/weeks';
import { useMyOverview } from '@/entities/overview/api/get-my-overview';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { PageTitle } from '@/components/page-title';
import { GettingStarted } from '../components/getting-started';
import { Greeting } from '../components/greeting';
import { OpenItems } from '../components/open-items';
import { StreakPanel } from '../components/streak-panel';
import { ThisWeekCard } from '../components/this-week-card';
import '../overview.css';

const CHART_WEEKS = 12;

// The overview is the app's first page and is not loaded lazily, so the chart library is.
const OverviewCharts = lazy(async () => ({ default: (await import('../components/overview-charts')).OverviewCharts }));

interface OverviewPageProps {
  /** Panels owned by other features; the app passes them in because features never import each other. */
  panels?: ReactNode;
}

function MyWeeks({ overview }: { overview: MyOverviewResponse }) {
  const thisWeek = overview.weeks.find((week) => week.week === overview.currentWeek);
  // Someone who never saved a week has nothing to chart and no "missed" week to be told about.
  if (overview.weeks.every((week) => week.status === 'missing')) return <GettingStarted overview={overview} />;
  return (
    <>
      <div className="overview-grid">
        {thisWeek && <ThisWeekCard week={thisWeek} />}
        <OpenItems overview={overview} />
        <StreakPanel streak={overview.streak} />
      </div>
      <Suspense fallback={<LoadingState />}>
        <OverviewCharts overview={overview} />
      </Suspense>
    </>
  );
}

export function OverviewPage({ panels }: OverviewPageProps) {
  const { t } = useTranslation();
  const overview = useMyOverview({ weeks: CHART_WEEKS });
  return (
    <div className="page">
      <PageTitle title={t('overview.title')} documentTitle={t('nav.overview')} />
      <Greeting />
      {overview.isPending ? (
        <LoadingState />
      ) : overview.isError ? (
        // A retry button of its own name: the system-status panel below may offer one too.
        <div className="overview-failed">
          <ErrorState error={overview.error} />
          <button type="button" className="button" onClick={() => void overview.refetch()}>
            {t('overview.retry')}
          </button>
        </div>
      ) : (
        <MyWeeks overview={overview.data} />
      )}
      {panels && <div className="panels">{panels}</div>}
    </div>
  );
}
