import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SharedLearningResponse } from '@vitaal/shared/team-learning';
import { ErrorState } from '@/components/error-state';
import { useDeleteSharedLearning } from '../api/delete-shared-learning';
import { useHideSharedLearning } from '../api/hide-shared-learning';
import type { TeamAccess } from '../hooks/use-team-access';
import { useFormat } from '../hooks/use-format';
import { ConfirmAction } from '@/components/confirm-action';
import { EditLearningForm } from './edit-learning-form';
import { LearningComments } from './learning-comments';
import { LearningReactions } from './learning-reactions';

/** What the author and the team's managers may do with a post. */
function PostActions({
  learning,
  access,
  onEdit,
}: {
  learning: SharedLearningResponse;
  access: TeamAccess;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const remove = useDeleteSharedLearning(learning.teamId, learning.id);
  const hide = useHideSharedLearning(learning.teamId, learning.id);
  const authored = access.writes && learning.author.id === access.personId;
  if (!authored && !access.moderates) return null;
  const post = { name: learning.author.displayName, date: format.dateTime(learning.createdAt) };
  return (
    <>
      <div className="actions tl-post__actions">
        {authored && (
          <button
            type="button"
            className="button button--secondary tl-small"
            aria-label={t('teamLearning.post.editFor', post)}
            onClick={onEdit}
          >
            {t('teamLearning.post.edit')}
          </button>
        )}
        {access.moderates && (
          <button
            type="button"
            className="button button--secondary tl-small"
            aria-label={t(learning.hidden ? 'teamLearning.post.showFor' : 'teamLearning.post.hideFor', post)}
            aria-busy={hide.isPending}
            onClick={() => !hide.isPending && hide.mutate(!learning.hidden)}
          >
            {t(learning.hidden ? 'teamLearning.post.show' : 'teamLearning.post.hide')}
          </button>
        )}
        {authored && (
          <ConfirmAction
            label={t('teamLearning.post.delete')}
            accessibleLabel={t('teamLearning.post.deleteFor', post)}
            question={t('teamLearning.post.deleteQuestion')}
            confirmLabel={t('teamLearning.post.deleteConfirm')}
            pending={remove.isPending}
            onConfirm={() => remove.mutate()}
            small
          />
        )}
      </div>
      {remove.isError && <ErrorState error={remove.error} />}
      {hide.isError && <ErrorState error={hide.error} />}
    </>
  );
}

/** One shared learning: who, when, from which week, the text, reactions and comments. */
export function LearningPost({ learning, access }: { learning: SharedLearningResponse; access: TeamAccess }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  return (
    <li>
      <article className={`tl-post${learning.hidden ? ' tl-post--hidden' : ''}`} aria-labelledby={headingId}>
        <header className="tl-post__head">
          <h3 id={headingId}>{learning.author.displayName}</h3>
          <p className="tl-muted">
            <time dateTime={learning.createdAt}>{format.dateTime(learning.createdAt)}</time>
            {learning.fromWeek && <> · {t('teamLearning.post.fromWeek', { week: format.week(learning.fromWeek) })}</>}
          </p>
          {learning.hidden && <p className="tl-badge">{t('teamLearning.post.hidden')}</p>}
        </header>
        {editing ? (
          <EditLearningForm learning={learning} onDone={() => setEditing(false)} />
        ) : (
          <p className="tl-text tl-post__body">{learning.body}</p>
        )}
        <LearningReactions learning={learning} writes={access.writes} />
        {!editing && <PostActions learning={learning} access={access} onEdit={() => setEditing(true)} />}
        <LearningComments learning={learning} writes={access.writes} />
      </article>
    </li>
  );
}
