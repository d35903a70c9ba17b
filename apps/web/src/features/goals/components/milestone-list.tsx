import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import type { GoalResponse } from '@vitaal/shared/goals';
import { useDeleteMilestone } from '../api/delete-milestone';
import { useReorderMilestones } from '../api/reorder-milestones';
import { useUpdateMilestone } from '../api/update-milestone';
import { AddMilestoneForm } from './add-milestone-form';
import { MilestoneItem, moveButtonId, type MoveDirection } from './milestone-item';

/** Milestones to tick off, keep in order with up/down buttons, and delete after a confirmation. */
export function MilestoneList({ goal, editable }: { goal: GoalResponse; editable: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateMilestone(goal.id);
  const reorder = useReorderMilestones(goal.id);
  const remove = useDeleteMilestone(goal.id);
  // The moved milestone's button keeps keyboard focus once the list shows the new order.
  const focusAfterMove = useRef<{ id: string; direction: MoveDirection } | null>(null);
  const milestones = goal.milestones;

  useEffect(() => {
    const target = focusAfterMove.current;
    if (!target) return;
    focusAfterMove.current = null;
    const index = milestones.findIndex((milestone) => milestone.id === target.id);
    // At the top or bottom that button is disabled; its sibling is the next sensible stop.
    const atEdge = target.direction === 'up' ? index === 0 : index === milestones.length - 1;
    const direction = atEdge ? (target.direction === 'up' ? 'down' : 'up') : target.direction;
    document.getElementById(moveButtonId(target.id, direction))?.focus();
  }, [milestones]);

  const move = (index: number, direction: MoveDirection) => {
    const ids = milestones.map((milestone) => milestone.id);
    const other = direction === 'up' ? index - 1 : index + 1;
    [ids[index], ids[other]] = [ids[other]!, ids[index]!];
    focusAfterMove.current = { id: milestones[index]!.id, direction };
    reorder.mutate({ milestoneIds: ids }, { onError: () => (focusAfterMove.current = null) });
  };

  const busy = update.isPending || reorder.isPending || remove.isPending;
  const error = update.error ?? reorder.error ?? remove.error;

  return (
    <>
      {milestones.length === 0 ? (
        <EmptyState title={t('goals.milestones.emptyTitle')}>
          {editable && <p>{t('goals.milestones.emptyBody')}</p>}
        </EmptyState>
      ) : (
        <ol className="goal-milestones">
          {milestones.map((milestone, index) => (
            <MilestoneItem
              key={milestone.id}
              milestone={milestone}
              isFirst={index === 0}
              isLast={index === milestones.length - 1}
              editable={editable}
              busy={busy}
              onToggle={(done) => update.mutate({ milestoneId: milestone.id, done })}
              onMove={(direction) => move(index, direction)}
              deleting={remove.isPending && remove.variables === milestone.id}
              onDelete={() => remove.mutate(milestone.id)}
            />
          ))}
        </ol>
      )}
      {error && <ErrorState error={error} />}
      {editable && <AddMilestoneForm goalId={goal.id} />}
    </>
  );
}
