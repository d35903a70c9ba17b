import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GoalResponse, GoalStatus } from '@vitaal/shared/goals';
import { apiClient } from '@/lib/api-client';
import { goalKeys } from './goal-keys';

export interface GoalsParams {
  status?: GoalStatus;
}

export function getGoals(params: GoalsParams, { signal }: { signal?: AbortSignal } = {}): Promise<GoalResponse[]> {
  const query = params.status ? `?status=${params.status}` : '';
  return apiClient.get<GoalResponse[]>(`/goals${query}`, { signal });
}

/**
 * Your own goals, most recently changed first: to work on, to choose from when planning a week, to
 * link a learning-time request or a team session to. Any change to a goal refreshes every list.
 */
export function goalsQueryOptions(params: GoalsParams = {}) {
  return queryOptions({ queryKey: goalKeys.list(params), queryFn: ({ signal }) => getGoals(params, { signal }) });
}

export function useGoals(params: GoalsParams = {}) {
  return useQuery(goalsQueryOptions(params));
}

/** Your active goals, the ones a learning-time request or a team session can be linked to. */
export function useActiveGoals() {
  return useGoals({ status: 'active' });
}
