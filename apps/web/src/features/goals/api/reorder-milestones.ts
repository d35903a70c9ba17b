import { useMutation } from '@tanstack/react-query';
import type { GoalResponse, ReorderMilestonesRequest } from '@vitaal/shared/goals';
import { apiClient } from '@/lib/api-client';
import { useGoalChanged } from './goal-changed';

export function reorderMilestones(goalId: string, input: ReorderMilestonesRequest): Promise<GoalResponse> {
  return apiClient.put<GoalResponse>(`/goals/${encodeURIComponent(goalId)}/milestones/order`, input);
}

/** Sends every milestone id in the new order. */
export function useReorderMilestones(goalId: string) {
  const goalChanged = useGoalChanged();
  return useMutation({
    mutationFn: (input: ReorderMilestonesRequest) => reorderMilestones(goalId, input),
    onSuccess: goalChanged,
  });
}
