import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { GoalResponse } from '@vitaal/shared/goals';
import type { WeekResponse } from '@vitaal/shared/weeks';
import { ErrorState } from '@/components/error-state';
import { useSubmitWeek } from '../api/submit-week';
import { markServerFields, useWeekAutosave } from '../hooks/use-week-autosave';
import { toFormValues, weekFormSchema, type WeekFormValues } from '../utils/week-form';
import { AutosaveStatus } from './autosave-status';
import { ConflictPanel } from './conflict-panel';
import { PlanSection } from './plan-section';
import { ReflectionSection } from './reflection-section';
import { SharingSection } from './sharing-section';

interface WeekEditorProps {
  /** The week as loaded; the editor is remounted for another week. */
  week: WeekResponse;
  submitted: boolean;
  /** Next week can be planned, but there is nothing to look back on yet. */
  upcoming: boolean;
  goals: GoalResponse[] | undefined;
  goalsError: unknown;
}

/** Plan and reflection of one week, saved as the person types, handed in with one button. */
export function WeekEditor({ week, submitted, upcoming, goals, goalsError }: WeekEditorProps) {
  const { t } = useTranslation();
  const form = useForm<WeekFormValues>({
    resolver: zodResolver(weekFormSchema),
    defaultValues: toFormValues(week),
    mode: 'onBlur',
  });
  const chosenGoals = useFieldArray({ control: form.control, name: 'goals', keyName: 'key' });
  const autosave = useWeekAutosave({ week, form, enabled: true });
  const submitWeek = useSubmitWeek(week.week);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [incomplete, setIncomplete] = useState(false);
  const chosen = chosenGoals.fields.map(({ key, goalId }) => ({ key, goalId }));

  const toggleGoal = (goalId: string, choose: boolean) => {
    if (choose) chosenGoals.append({ goalId, hours: '', progress: '' }, { shouldFocus: false });
    else chosenGoals.remove(chosenGoals.fields.findIndex((field) => field.goalId === goalId));
  };

  const submit = async () => {
    setSubmitError(null);
    setIncomplete(false);
    form.clearErrors();
    // The week is handed in as it stands on screen, so it is saved first.
    if (!(await autosave.saveNow())) return;
    submitWeek.mutate(undefined, {
      onError: (error) => {
        if (markServerFields(error, form, 'weeks.errors.neededToSubmit', { focus: true }).length > 0)
          setIncomplete(true);
        else setSubmitError(error);
      },
    });
  };

  return (
    <form
      className="week-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {autosave.state.kind === 'conflict' && (
        <ConflictPanel
          mine={autosave.state.mine}
          theirs={autosave.state.theirs}
          goals={goals}
          onKeepMine={() => autosave.state.kind === 'conflict' && autosave.keepMine(autosave.state.theirs)}
          onKeepTheirs={() => autosave.state.kind === 'conflict' && autosave.keepTheirs(autosave.state.theirs)}
        />
      )}
      {upcoming && <p className="week-note">{t('weeks.week.upcoming')}</p>}
      <PlanSection
        form={form}
        goals={goals}
        goalsError={goalsError}
        chosenGoalIds={chosen.map((goal) => goal.goalId)}
        onToggleGoal={toggleGoal}
      />
      {!upcoming && <ReflectionSection form={form} chosenGoals={chosen} goals={goals} />}
      <SharingSection registration={form.register('shared')} />
      <div className="week-actions">
        <AutosaveStatus
          state={autosave.state}
          submitted={submitWeek.isSuccess}
          onRetry={() => void autosave.saveNow()}
        />
        {!upcoming && !submitted && (
          <button type="submit" className="button" disabled={submitWeek.isPending} aria-busy={submitWeek.isPending}>
            {submitWeek.isPending ? t('weeks.week.submitting') : t('weeks.week.submit')}
          </button>
        )}
        {incomplete && <p className="field__error week-actions__note">{t('weeks.week.incomplete')}</p>}
      </div>
      {submitError !== null && <ErrorState error={submitError} />}
    </form>
  );
}
