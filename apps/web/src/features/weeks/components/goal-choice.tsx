import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GoalResponse } from '@vitaal/shared/goals';
import { CheckboxField } from '@/components/form-fields';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { WeekFieldset } from './week-fieldset';

interface GoalChoiceProps {
  /** Undefined while loading. */
  goals: GoalResponse[] | undefined;
  error: unknown;
  chosenIds: string[];
  onToggle: (goalId: string, chosen: boolean) => void;
}

/** Which goals to work on this week: the active ones, and any the week already holds. */
export function GoalChoice({ goals, error, chosenIds, onToggle }: GoalChoiceProps) {
  const { t } = useTranslation();
  const legend = t('weeks.plan.goals');
  if (error) return <ErrorState error={error} />;
  if (!goals) return <LoadingState label={t('weeks.plan.goalsLoading')} />;
  const choosable = goals.filter((goal) => goal.status === 'active' || chosenIds.includes(goal.id));
  if (choosable.length === 0) {
    return (
      <WeekFieldset legend={legend}>
        <p className="week-muted">
          {t('weeks.plan.noActiveGoals')} <Link to="/goals/new">{t('weeks.plan.newGoal')}</Link>
        </p>
      </WeekFieldset>
    );
  }
  return (
    <WeekFieldset legend={legend} hint={t('weeks.plan.goalsHint')}>
      <div className="week-choices">
        {choosable.map((goal) => (
          <CheckboxField
            key={goal.id}
            label={goal.title}
            checked={chosenIds.includes(goal.id)}
            onChange={(event) => onToggle(goal.id, event.target.checked)}
          />
        ))}
      </div>
    </WeekFieldset>
  );
}
