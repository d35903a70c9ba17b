import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GoalResponse } from '@vitaal/shared/goals';
import { EmptyState } from '@/components/empty-state';

/** The goals the person shared: what they are working on and how far they are. */
export function SharedGoals({ goals }: { goals: GoalResponse[] }) {
  const { t } = useTranslation();
  if (goals.length === 0) return <EmptyState title={t('people.goals.empty')} />;
  return (
    <ul className="people-goals">
      {goals.map((goal) => (
        <li key={goal.id} className="people-goal">
          <h3>
            <Link to={`/goals/${goal.id}`}>{goal.title}</Link>
          </h3>
          <p className="people-goal__meta">
            <span>{t(`people.goals.status.${goal.status}`)}</span>
            <span>{t('people.goals.progress', { progress: goal.progress })}</span>
          </p>
          <span className="people-goal__bar" aria-hidden="true">
            <span style={{ width: `${goal.progress}%` }} />
          </span>
          <p>{goal.developmentQuestion}</p>
        </li>
      ))}
    </ul>
  );
}
