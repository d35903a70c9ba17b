import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalResponse } from '@vitaal/shared/goals';
import { useUpdateGoal } from '../api/update-goal';
import { ChangeError } from './change-error';

/** A slider for the goal's progress; the parent remounts it (key = version) when the goal changes. */
export function ProgressEditor({ goal, onReload }: { goal: GoalResponse; onReload: () => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [progress, setProgress] = useState(goal.progress);
  const update = useUpdateGoal(goal.id);
  const text = t('goals.progress.percent', { progress });

  return (
    <form
      className="goal-progress-form"
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({ version: goal.version, progress });
      }}
    >
      <label htmlFor={inputId}>{t('goals.progress.label')}</label>
      <p className="field__hint" id={`${inputId}-hint`}>
        {t('goals.progress.hint')}
      </p>
      <div className="goal-progress-form__control">
        <input
          id={inputId}
          type="range"
          min={0}
          max={100}
          step={5}
          value={progress}
          aria-valuetext={text}
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => setProgress(Number(event.target.value))}
        />
        <output htmlFor={inputId} className="goal-progress-form__value">
          {text}
        </output>
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={update.isPending || progress === goal.progress}>
          {update.isPending ? t('actions.saving') : t('goals.progress.save')}
        </button>
      </div>
      {update.isError && <ChangeError error={update.error} onReload={onReload} />}
    </form>
  );
}
