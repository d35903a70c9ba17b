import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GoalResponse } from '@vitaal/shared/goals';
import { apiClient } from '@/lib/api-client';

export function getActiveGoals({ signal }: { signal?: AbortSignal } = {}): Promise<GoalResponse[]> {
  return apiClient.get<GoalResponse[]>('/goals?status=active', { signal });
}

/** Your own active goals, the ones a session can be linked to. */
export function activeGoalsQueryOptions() {
  return queryOptions({
    queryKey: ['goals', 'list', { status: 'active' }],
    queryFn: ({ signal }) => getActiveGoals({ signal }),
  });
}

export function useActiveGoals() {
  return useQuery(activeGoalsQueryOptions());
}
