import { useMutation } from '@tanstack/react-query';
import type { GoalResponse, UpdateGoalRequest } from '@vitaal/shared/goals';
import { apiClient } from '@/lib/api-client';
import { useGoalChanged } from './goal-changed';

export function updateGoal(id: string, input: UpdateGoalRequest): Promise<GoalResponse> {
  return apiClient.patch<GoalResponse>(`/goals/${encodeURIComponent(id)}`, input);
}

/** Fields, status or progress, always on the version that was read (409 version_conflict otherwise). */
export function useUpdateGoal(id: string) {
  const goalChanged = useGoalChanged();
  return useMutation({ mutationFn: (input: UpdateGoalRequest) => updateGoal(id, input), onSuccess: goalChanged });
}
