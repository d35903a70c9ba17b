import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyOverviewResponse } from '@vitaal/shared/weeks';
import { EmptyState } from '@/components/empty-state';

/** The overview of someone who has not planned a week yet: the two first steps, nothing to chart. */
export function GettingStarted({ overview }: { overview: MyOverviewResponse }) {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('overview.gettingStarted.title')}>
      <p>{t('overview.intro')}</p>
      <ol className="overview-start">
        {!overview.hasActiveGoal && (
          <li>
            <Link to="/goals/new">{t('overview.gettingStarted.goal')}</Link>
          </li>
        )}
        <li>
          <Link to={`/weeks/${overview.currentWeek}`}>{t('overview.gettingStarted.week')}</Link>
        </li>
      </ol>
    </EmptyState>
  );
}
