import { useMutation } from '@tanstack/react-query';
import type { CreateMilestoneRequest, GoalResponse } from '@vitaal/shared/goals';
import { apiClient } from '@/lib/api-client';
import { useGoalChanged } from './goal-changed';

export function addMilestone(goalId: string, input: CreateMilestoneRequest): Promise<GoalResponse> {
  return apiClient.post<GoalResponse>(`/goals/${encodeURIComponent(goalId)}/milestones`, input);
}

export function useAddMilestone(goalId: string) {
  const goalChanged = useGoalChanged();
  return useMutation({
    mutationFn: (input: CreateMilestoneRequest) => addMilestone(goalId, input),
    onSuccess: goalChanged,
  });
}
