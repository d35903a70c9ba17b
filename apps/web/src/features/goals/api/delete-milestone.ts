import { useMutation } from '@tanstack/react-query';
import type { GoalResponse } from '@vitaal/shared/goals';
import { apiClient } from '@/lib/api-client';
import { useGoalChanged } from './goal-changed';

export function deleteMilestone(goalId: string, milestoneId: string): Promise<GoalResponse> {
  return apiClient.delete<GoalResponse>(
    `/goals/${encodeURIComponent(goalId)}/milestones/${encodeURIComponent(milestoneId)}`,
  );
}

export function useDeleteMilestone(goalId: string) {
  const goalChanged = useGoalChanged();
  return useMutation({
    mutationFn: (milestoneId: string) => deleteMilestone(goalId, milestoneId),
    onSuccess: goalChanged,
  });
}
