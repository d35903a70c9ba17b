import { useTranslation } from 'react-i18next';
import { REACTION_KINDS, type SharedLearningResponse } from '@vitaal/shared/team-learning';
import { ErrorState } from '@/components/error-state';
import { useToggleReaction } from '../api/toggle-reaction';

/** Three toggle buttons with their counts for the team; the counts alone for readers. */
export function LearningReactions({ learning, writes }: { learning: SharedLearningResponse; writes: boolean }) {
  const { t } = useTranslation();
  const toggle = useToggleReaction(learning.teamId, learning.id);
  const reactions = REACTION_KINDS.map(
    (kind) => learning.reactions.find((reaction) => reaction.kind === kind) ?? { kind, count: 0, mine: false },
  );

  if (!writes) {
    const given = reactions.filter((reaction) => reaction.count > 0);
    if (given.length === 0) return null;
    return (
      <p className="tl-muted">
        {given.map((reaction) => `${t(`teamLearning.reactions.${reaction.kind}`)} ${reaction.count}`).join(' · ')}
      </p>
    );
  }
  return (
    <>
      <div className="tl-reactions" role="group" aria-label={t('teamLearning.reactions.label')}>
        {reactions.map(({ kind, count, mine }) => (
          <button
            key={kind}
            type="button"
            className="tl-reaction"
            aria-pressed={mine}
            // Not disabled while sending: a disabled button would drop the keyboard focus.
            onClick={() => !toggle.isPending && toggle.mutate(kind)}
          >
            <span>{t(`teamLearning.reactions.${kind}`)}</span> <span className="tl-reaction__count">{count}</span>
          </button>
        ))}
      </div>
      {toggle.isError && <ErrorState error={toggle.error} />}
    </>
  );
}
