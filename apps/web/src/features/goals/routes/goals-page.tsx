import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GoalResponse, GoalStatus } from '@vitaal/shared/goals';
import { useGoals } from '@/entities/goals/api/get-goals';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { PageTitle } from '@/components/page-title';
import { GoalCard } from '../components/goal-card';
import '../goals.css';

/** The order of the groups: what is being worked on first, what is closed last. */
const GROUP_ORDER: readonly GoalStatus[] = ['active', 'draft', 'paused', 'achieved', 'dropped'];

function GoalGroups({ goals }: { goals: GoalResponse[] }) {
  const { t } = useTranslation();
  if (goals.length === 0) {
    return (
      <EmptyState title={t('goals.list.emptyTitle')}>
        <p>{t('goals.list.emptyBody')}</p>
        <Link to="/goals/new" className="button">
          {t('goals.list.new')}
        </Link>
      </EmptyState>
    );
  }
  return GROUP_ORDER.map((status) => {
    const inGroup = goals.filter((goal) => goal.status === status);
    if (inGroup.length === 0) return null;
    return (
      <section key={status} className="goal-group" aria-labelledby={`goal-group-${status}`}>
        <h2 id={`goal-group-${status}`}>
          {t('goals.list.group', { status: t(`goals.status.${status}`), count: inGroup.length })}
        </h2>
        <ul className="goal-cards">
          {inGroup.map((goal) => (
            <GoalCard key={goal.id} goal={goal} />
          ))}
        </ul>
      </section>
    );
  });
}

export function GoalsPage() {
  const { t } = useTranslation();
  const goals = useGoals();
  return (
    <div className="page">
      <div className="goal-page-head">
        <PageTitle title={t('goals.list.title')} />
        <Link to="/goals/new" className="button">
          {t('goals.list.new')}
        </Link>
      </div>
      <p className="lead">{t('goals.list.intro')}</p>
      {goals.isPending ? (
        <LoadingState />
      ) : goals.isError ? (
        <ErrorState error={goals.error} onRetry={() => void goals.refetch()} />
      ) : (
        <GoalGroups goals={goals.data} />
      )}
    </div>
  );
}
