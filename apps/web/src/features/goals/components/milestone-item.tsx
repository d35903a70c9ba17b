import { useTranslation } from 'react-i18next';
import type { Milestone } from '@vitaal/shared/goals';
import { formatDate } from '../utils/format';
import { ConfirmAction } from '@/components/confirm-action';

export type MoveDirection = 'up' | 'down';

interface MilestoneItemProps {
  milestone: Milestone;
  isFirst: boolean;
  isLast: boolean;
  /** Only the owner ticks off, moves and deletes. */
  editable: boolean;
  busy: boolean;
  onToggle: (done: boolean) => void;
  onMove: (direction: MoveDirection) => void;
  deleting: boolean;
  onDelete: () => void;
}

/** The id of a move button, so focus can find it again after the list is re-ordered. */
export const moveButtonId = (milestoneId: string, direction: MoveDirection) => `milestone-${milestoneId}-${direction}`;

export function MilestoneItem({
  milestone,
  isFirst,
  isLast,
  editable,
  busy,
  onToggle,
  onMove,
  deleting,
  onDelete,
}: MilestoneItemProps) {
  const { t } = useTranslation();
  const checkboxId = `milestone-${milestone.id}`;
  const name = { title: milestone.title };
  return (
    <li className={`goal-milestone${milestone.done ? ' goal-milestone--done' : ''}`}>
      <div className="goal-milestone__main">
        <input
          id={checkboxId}
          type="checkbox"
          checked={milestone.done}
          disabled={!editable || busy}
          onChange={(event) => onToggle(event.target.checked)}
        />
        <label htmlFor={checkboxId}>{milestone.title}</label>
        {milestone.doneOn && (
          <span className="goal-milestone__date">
            {t('goals.milestones.doneOn', { date: formatDate(milestone.doneOn) })}
          </span>
        )}
      </div>
      {editable && (
        <div className="goal-milestone__tools">
          <button
            id={moveButtonId(milestone.id, 'up')}
            type="button"
            className="button button--secondary goal-icon-button"
            aria-label={t('goals.milestones.moveUp', name)}
            disabled={isFirst || busy}
            onClick={() => onMove('up')}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            id={moveButtonId(milestone.id, 'down')}
            type="button"
            className="button button--secondary goal-icon-button"
            aria-label={t('goals.milestones.moveDown', name)}
            disabled={isLast || busy}
            onClick={() => onMove('down')}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <ConfirmAction
            label={t('goals.milestones.delete')}
            accessibleLabel={t('goals.milestones.deleteNamed', name)}
            question={t('goals.milestones.deleteQuestion', name)}
            confirmLabel={t('goals.milestones.deleteConfirm')}
            pending={deleting}
            onConfirm={onDelete}
          />
        </div>
      )}
    </li>
  );
}
