import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GoalResponse } from '@vitaal/shared/goals';
import { goalKeys } from '@/entities/goals/api/goal-keys';
import { apiClient } from '@/lib/api-client';

export function getGoal(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<GoalResponse> {
  return apiClient.get<GoalResponse>(`/goals/${encodeURIComponent(id)}`, { signal });
}

export function goalQueryOptions(id: string) {
  return queryOptions({ queryKey: goalKeys.detail(id), queryFn: ({ signal }) => getGoal(id, { signal }) });
}

export function useGoal(id: string) {
  return useQuery(goalQueryOptions(id));
}
