import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MAX_LEARNING_LENGTH, type SharedLearningResponse } from '@vitaal/shared/team-learning';
import { ErrorState } from '@/components/error-state';
import { SubmitButton, TextAreaField } from '@/components/form-fields';
import { useSubmitErrors } from '@/lib/use-submit-errors';
import { useUpdateSharedLearning } from '../api/update-shared-learning';
import { learningSchema, type LearningValues } from './learning-schema';

/** The author changes their post in place, on the version they read. */
export function EditLearningForm({ learning, onDone }: { learning: SharedLearningResponse; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateSharedLearning(learning.teamId, learning.id);
  const form = useForm<LearningValues>({
    resolver: zodResolver(learningSchema),
    defaultValues: { body: learning.body },
  });
  const { formError, clearFormError, onError, fieldError } = useSubmitErrors(form);
  const length = useWatch({ control: form.control, name: 'body' }).length;

  // The form takes the place of the text it edits, so keyboard focus goes into it.
  useEffect(() => form.setFocus('body'), [form]);

  const submit = form.handleSubmit(async ({ body }) => {
    clearFormError();
    try {
      await update.mutateAsync({ body, version: learning.version });
      onDone();
    } catch (error) {
      onError(error);
    }
  });

  return (
    <form className="form" noValidate onSubmit={submit}>
      <TextAreaField
        label={t('teamLearning.post.editLabel')}
        rows={4}
        counter={{ length, max: MAX_LEARNING_LENGTH }}
        error={fieldError('body')}
        {...form.register('body')}
      />
      {formError !== null && <ErrorState error={formError} />}
      <div className="actions">
        <SubmitButton pending={update.isPending}>{t('actions.save')}</SubmitButton>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
