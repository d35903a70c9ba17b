import { useTranslation } from 'react-i18next';
import { GOAL_TRANSITIONS, type GoalResponse, type GoalStatus } from '@vitaal/shared/goals';
import { useUpdateGoal } from '../api/update-goal';
import { ChangeError } from './change-error';
import { StatusBadge } from './status-badge';

const CLOSING_LABELS = {
  achieved: 'goals.transitions.achieved',
  paused: 'goals.transitions.paused',
  dropped: 'goals.transitions.dropped',
} as const;

/** Becoming active again reads differently after a draft, a pause or a closed goal. */
function transitionLabel(from: GoalStatus, to: GoalStatus) {
  if (to === 'achieved' || to === 'paused' || to === 'dropped') return CLOSING_LABELS[to];
  if (from === 'draft') return 'goals.transitions.start';
  return from === 'paused' ? 'goals.transitions.resume' : 'goals.transitions.reopen';
}

/** The goal's status, with a button for each change the rules allow from here, and no others. */
export function StatusActions({ goal, onReload }: { goal: GoalResponse; onReload: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateGoal(goal.id);
  return (
    <>
      <p className="goal-status-line">
        {t('goals.statusSection.current')} <StatusBadge status={goal.status} />
      </p>
      <p className="field__hint">{t(`goals.statusSection.explained.${goal.status}`)}</p>
      <div className="actions">
        {GOAL_TRANSITIONS[goal.status].map((to) => (
          <button
            key={to}
            type="button"
            className="button button--secondary"
            disabled={update.isPending}
            onClick={() => update.mutate({ version: goal.version, status: to })}
          >
            {t(transitionLabel(goal.status, to))}
          </button>
        ))}
      </div>
      {update.isError && <ChangeError error={update.error} onReload={onReload} />}
    </>
  );
}
