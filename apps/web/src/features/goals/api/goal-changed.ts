import { useQueryClient } from '@tanstack/react-query';
import type { GoalResponse } from '@vitaal/shared/goals';
import { goalKeys } from '@/entities/goals/api/goal-keys';
import { overviewKeys } from '@/entities/overview/api/get-my-overview';
import { goalQueryOptions } from './get-goal';

/**
 * After any change to a goal: the answer is the goal as it now is, so the detail is replaced;
 * the lists and the overview (which knows whether there is an active goal) are fetched again.
 */
export function useGoalChanged() {
  const queryClient = useQueryClient();
  return async (goal: GoalResponse) => {
    queryClient.setQueryData(goalQueryOptions(goal.id).queryKey, goal);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: goalKeys.lists }),
      queryClient.invalidateQueries({ queryKey: overviewKeys.all }),
    ]);
  };
}
