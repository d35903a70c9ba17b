import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorState } from '@/components/error-state';
import { SubmitButton, TextAreaField } from '@/components/form-fields';
import { useSubmitErrors } from '@/lib/use-submit-errors';

const rejectSchema = z.object({
  comment: z.string().trim().min(1, 'learningTime.validation.commentRequired').max(1000, 'validation.tooLong'),
});

type RejectValues = z.infer<typeof rejectSchema>;

interface RejectFormProps {
  title: string;
  /** Sends the rejection; throws the API's error, which the form shows where it belongs. */
  save: (comment: string) => Promise<void>;
  onClose: () => void;
}

/** A rejection always says why: the requester reads the comment. */
export function RejectForm({ title, save, onClose }: RejectFormProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const form = useForm<RejectValues>({ resolver: zodResolver(rejectSchema), defaultValues: { comment: '' } });
  const { formError, clearFormError, onError, fieldError } = useSubmitErrors(form);

  // The form opens at a click on "reject"; keyboard focus goes straight to the comment.
  const { setFocus } = form;
  useEffect(() => setFocus('comment'), [setFocus]);

  const onSubmit = form.handleSubmit(async ({ comment }) => {
    clearFormError();
    try {
      await save(comment);
    } catch (error) {
      onError(error);
    }
  });

  return (
    <form className="form lt-reject-form" noValidate aria-labelledby={titleId} onSubmit={onSubmit}>
      <h3 id={titleId}>{title}</h3>
      <TextAreaField
        label={t('learningTime.approvals.comment')}
        hint={t('learningTime.approvals.commentHint')}
        error={fieldError('comment')}
        {...form.register('comment')}
      />
      {formError !== null && <ErrorState error={formError} />}
      <div className="actions">
        <SubmitButton pending={form.formState.isSubmitting} pendingLabel={t('learningTime.approvals.rejecting')}>
          {t('learningTime.approvals.reject')}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('learningTime.approvals.keep')}
        </button>
      </div>
    </form>
  );
}
