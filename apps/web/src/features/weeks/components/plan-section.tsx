import { useTranslation } from 'react-i18next';
import type { UseFormReturn } from 'react-hook-form';
import type { GoalResponse } from '@vitaal/shared/goals';
import { TextAreaField, TextField } from '@/components/form-fields';
import { useFieldError } from '../hooks/use-field-error';
import type { WeekFormValues } from '../utils/week-form';
import { GoalChoice } from './goal-choice';
import { WeekSection } from './week-section';

interface PlanSectionProps {
  form: UseFormReturn<WeekFormValues>;
  goals: GoalResponse[] | undefined;
  goalsError: unknown;
  chosenGoalIds: string[];
  onToggleGoal: (goalId: string, chosen: boolean) => void;
}

/** The start of the week: what and when to learn, and towards which goals. */
export function PlanSection({ form, goals, goalsError, chosenGoalIds, onToggleGoal }: PlanSectionProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError(form);
  return (
    <WeekSection title={t('weeks.plan.title')} intro={t('weeks.plan.intro')}>
      <TextAreaField
        label={t('weeks.plan.intentions')}
        hint={t('weeks.plan.intentionsHint')}
        rows={4}
        error={fieldError('plan.intentions')}
        {...form.register('plan.intentions')}
      />
      <TextField
        label={t('weeks.plan.plannedHours')}
        hint={t('weeks.hoursHint')}
        inputMode="decimal"
        autoComplete="off"
        className="week-number"
        error={fieldError('plan.plannedHours')}
        {...form.register('plan.plannedHours')}
      />
      <GoalChoice goals={goals} error={goalsError} chosenIds={chosenGoalIds} onToggle={onToggleGoal} />
    </WeekSection>
  );
}
