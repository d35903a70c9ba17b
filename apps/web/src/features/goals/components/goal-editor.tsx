import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalResponse } from '@vitaal/shared/goals';
import { useUpdateGoal } from '../api/update-goal';
import { ChangeError } from './change-error';
import { GoalForm } from './goal-form';
import { toFormValues, toGoalFields } from './goal-form-schema';

interface GoalEditorProps {
  goal: GoalResponse;
  onDone: () => void;
  /** Fetches the goal as saved now. */
  onReload: () => Promise<{ data?: GoalResponse }>;
}

/** The goal form on an existing goal: saves on the version that was read, never over someone else's. */
export function GoalEditor({ goal, onDone, onReload }: GoalEditorProps) {
  const { t } = useTranslation();
  const update = useUpdateGoal(goal.id);
  // Reloading after a conflict starts the form again from what is saved now.
  const [start, setStart] = useState(() => ({ key: 0, values: toFormValues(goal) }));
  const reload = async () => {
    const { data } = await onReload();
    if (data) setStart((previous) => ({ key: previous.key + 1, values: toFormValues(data) }));
  };

  return (
    <GoalForm
      key={start.key}
      defaultValues={start.values}
      withStatus={false}
      submitLabel={t('goals.edit.submit')}
      onSubmit={async (values) => {
        await update.mutateAsync({ version: goal.version, ...toGoalFields(values) });
        onDone();
      }}
      onCancel={onDone}
      renderError={(error) => <ChangeError error={error} onReload={() => void reload()} />}
    />
  );
}
