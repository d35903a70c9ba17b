import { useMutation } from '@tanstack/react-query';
import type { GoalResponse, UpdateMilestoneRequest } from '@vitaal/shared/goals';
import { apiClient } from '@/lib/api-client';
import { useGoalChanged } from './goal-changed';

export function updateMilestone(
  goalId: string,
  milestoneId: string,
  input: UpdateMilestoneRequest,
): Promise<GoalResponse> {
  return apiClient.patch<GoalResponse>(
    `/goals/${encodeURIComponent(goalId)}/milestones/${encodeURIComponent(milestoneId)}`,
    input,
  );
}

/** Renames a milestone or ticks it off (the API records the date). */
export function useUpdateMilestone(goalId: string) {
  const goalChanged = useGoalChanged();
  return useMutation({
    mutationFn: ({ milestoneId, ...input }: UpdateMilestoneRequest & { milestoneId: string }) =>
      updateMilestone(goalId, milestoneId, input),
    onSuccess: goalChanged,
  });
}
