import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GoalResponse } from '@vitaal/shared/goals';
import { apiClient } from '@/lib/api-client';

export function getMyGoals({ signal }: { signal?: AbortSignal } = {}): Promise<GoalResponse[]> {
  return apiClient.get<GoalResponse[]>('/goals', { signal });
}

/** All own goals, to choose from when planning and to name the ones a week already holds. */
export function myGoalsQueryOptions() {
  return queryOptions({ queryKey: ['goals', 'list', {}], queryFn: ({ signal }) => getMyGoals({ signal }) });
}

export function useMyGoals() {
  return useQuery(myGoalsQueryOptions());
}
