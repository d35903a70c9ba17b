import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GoalResponse } from '@vitaal/shared/goals';
import { formatDate } from '../utils/format';
import { ChallengeTags } from './goal-tags';
import { ProgressBar } from './progress-bar';

export function GoalCard({ goal }: { goal: GoalResponse }) {
  const { t } = useTranslation();
  const done = goal.milestones.filter((milestone) => milestone.done).length;
  return (
    <li className="goal-card">
      <h3 className="goal-card__title">
        <Link to={`/goals/${goal.id}`}>{goal.title}</Link>
      </h3>
      <p className="goal-card__question">{goal.developmentQuestion}</p>
      <ProgressBar progress={goal.progress} milestones={goal.milestones} />
      <ChallengeTags goal={goal} label={t('goals.fields.challenges')} />
      <p className="goal-card__meta">
        {goal.targetDate && <span>{t('goals.list.targetDate', { date: formatDate(goal.targetDate) })}</span>}
        {goal.milestones.length > 0 && (
          <span>{t('goals.list.milestones', { done, count: goal.milestones.length })}</span>
        )}
        <span>{t(`goals.visibility.${goal.visibility}`)}</span>
      </p>
    </li>
  );
}
