import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MAX_LEARNING_LENGTH } from '@vitaal/shared/team-learning';
import { ErrorState } from '@/components/error-state';
import { SubmitButton, TextAreaField } from '@/components/form-fields';
import { useSubmitErrors } from '@/lib/use-submit-errors';
import { useShareLearning } from '../api/share-learning';
import { learningSchema, type LearningValues } from './learning-schema';

/** Writing a learning for the team, straight into the feed. */
export function ShareLearningForm({ teamId, onShared }: { teamId: string; onShared: () => void }) {
  const { t } = useTranslation();
  const share = useShareLearning(teamId);
  const form = useForm<LearningValues>({ resolver: zodResolver(learningSchema), defaultValues: { body: '' } });
  const { formError, clearFormError, onError, fieldError } = useSubmitErrors(form);
  const length = useWatch({ control: form.control, name: 'body' }).length;

  const submit = form.handleSubmit(async ({ body }) => {
    clearFormError();
    try {
      await share.mutateAsync({ body });
      form.reset({ body: '' });
      onShared();
    } catch (error) {
      onError(error);
    }
  });

  return (
    <form className="form tl-share" noValidate onSubmit={submit}>
      <TextAreaField
        label={t('teamLearning.share.label')}
        hint={t('teamLearning.share.hint')}
        rows={4}
        counter={{ length, max: MAX_LEARNING_LENGTH }}
        error={fieldError('body')}
        {...form.register('body')}
      />
      {formError !== null && <ErrorState error={formError} />}
      <div>
        <SubmitButton pending={share.isPending} pendingLabel={t('teamLearning.share.sending')}>
          {t('teamLearning.share.submit')}
        </SubmitButton>
      </div>
    </form>
  );
}
