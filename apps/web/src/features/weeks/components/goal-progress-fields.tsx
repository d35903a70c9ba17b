import { useTranslation } from 'react-i18next';
import type { UseFormReturn } from 'react-hook-form';
import type { GoalResponse } from '@vitaal/shared/goals';
import { TextField } from '@/components/form-fields';
import { useFieldError } from '../hooks/use-field-error';
import type { WeekFormValues } from '../utils/week-form';
import { WeekFieldset } from './week-fieldset';

interface GoalProgressFieldsProps {
  form: UseFormReturn<WeekFormValues>;
  /** The goals chosen in the plan, in the order of the form's list. */
  chosen: { key: string; goalId: string }[];
  goals: GoalResponse[] | undefined;
}

/** Hours and progress for each goal worked on; the progress is applied to the goal itself. */
export function GoalProgressFields({ form, chosen, goals }: GoalProgressFieldsProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError(form);
  if (chosen.length === 0) return <p className="week-muted">{t('weeks.reflection.noGoals')}</p>;
  return chosen.map(({ key, goalId }, index) => {
    const goal = goals?.find((candidate) => candidate.id === goalId);
    return (
      <WeekFieldset
        key={key}
        legend={t('weeks.reflection.goalLegend', { title: goal?.title ?? t('weeks.reflection.unknownGoal') })}
        className="week-goal"
      >
        <div className="week-goal__fields">
          <TextField
            label={t('weeks.reflection.goalHours')}
            hint={t('weeks.hoursHint')}
            inputMode="decimal"
            autoComplete="off"
            className="week-number"
            error={fieldError(`goals.${index}.hours`)}
            {...form.register(`goals.${index}.hours`)}
          />
          {goal && goal.milestones.length > 0 ? (
            <p className="week-muted">
              {t('weeks.reflection.goalProgressMilestones', {
                progress: goal.progress,
                done: goal.milestones.filter((milestone) => milestone.done).length,
                total: goal.milestones.length,
              })}
            </p>
          ) : (
            <TextField
              label={t('weeks.reflection.goalProgress')}
              hint={goal ? t('weeks.reflection.goalProgressNow', { progress: goal.progress }) : undefined}
              inputMode="numeric"
              autoComplete="off"
              className="week-number"
              error={fieldError(`goals.${index}.progress`)}
              {...form.register(`goals.${index}.progress`)}
            />
          )}
        </div>
      </WeekFieldset>
    );
  });
}
