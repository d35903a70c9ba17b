import { useMutation } from '@tanstack/react-query';
import type { CreateGoalRequest, GoalResponse, GoalStatus } from '@vitaal/shared/goals';
import { apiClient } from '@/lib/api-client';
import { useGoalChanged } from './goal-changed';

export type CreateGoalInput = CreateGoalRequest & { status: Extract<GoalStatus, 'draft' | 'active'> };

export function createGoal(input: CreateGoalInput): Promise<GoalResponse> {
  return apiClient.post<GoalResponse>('/goals', input);
}

export function useCreateGoal() {
  const goalChanged = useGoalChanged();
  return useMutation({ mutationFn: createGoal, onSuccess: goalChanged });
}
