import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SharedLearningResponse } from '@vitaal/shared/team-learning';
import { ErrorState } from '@/components/error-state';
import { SubmitButton, TextAreaField } from '@/components/form-fields';
import { useSubmitErrors } from '@/lib/use-submit-errors';
import { useAddComment } from '../api/add-comment';
import { useFormat } from '../hooks/use-format';
import { commentSchema, type LearningValues } from './learning-schema';

function CommentForm({ learning }: { learning: SharedLearningResponse }) {
  const { t } = useTranslation();
  const comment = useAddComment(learning.teamId, learning.id);
  const form = useForm<LearningValues>({ resolver: zodResolver(commentSchema), defaultValues: { body: '' } });
  const { formError, clearFormError, onError, fieldError } = useSubmitErrors(form);

  const submit = form.handleSubmit(async ({ body }) => {
    clearFormError();
    try {
      await comment.mutateAsync(body);
      form.reset({ body: '' });
    } catch (error) {
      onError(error);
    }
  });

  return (
    <form className="tl-comment-form" noValidate onSubmit={submit}>
      <TextAreaField
        label={t('teamLearning.comments.label')}
        rows={2}
        error={fieldError('body')}
        {...form.register('body')}
      />
      {formError !== null && <ErrorState error={formError} />}
      <div>
        <SubmitButton pending={comment.isPending} pendingLabel={t('teamLearning.share.sending')}>
          {t('teamLearning.comments.submit')}
        </SubmitButton>
      </div>
    </form>
  );
}

/** What the team said about a post, and for its members a small form to add to it. */
export function LearningComments({ learning, writes }: { learning: SharedLearningResponse; writes: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (learning.comments.length === 0 && !writes) return null;
  return (
    <div className="tl-comments">
      {learning.comments.length > 0 && (
        <>
          <h4>{t('teamLearning.comments.title', { count: learning.comments.length })}</h4>
          <ul>
            {learning.comments.map((comment) => (
              <li key={comment.id} className="tl-comment">
                <p className="tl-comment__head">
                  <strong>{comment.author.displayName}</strong>{' '}
                  <time className="tl-muted" dateTime={comment.createdAt}>
                    {format.dateTime(comment.createdAt)}
                  </time>
                </p>
                <p className="tl-text">{comment.body}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      {writes && <CommentForm learning={learning} />}
    </div>
  );
}
