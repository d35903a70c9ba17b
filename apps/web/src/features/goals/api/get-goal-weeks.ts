import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GoalWeek } from '@vitaal/shared/goals';
import { goalKeys } from '@/entities/goals/api/goal-keys';
import { apiClient } from '@/lib/api-client';

export function getGoalWeeks(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<GoalWeek[]> {
  return apiClient.get<GoalWeek[]>(`/goals/${encodeURIComponent(id)}/weeks`, { signal });
}

/** The weeks the goal was worked on; saving a week changes it, so the weeks feature refreshes `goalKeys.all`. */
export function goalWeeksQueryOptions(id: string) {
  return queryOptions({ queryKey: goalKeys.weeks(id), queryFn: ({ signal }) => getGoalWeeks(id, { signal }) });
}

export function useGoalWeeks(id: string) {
  return useQuery(goalWeeksQueryOptions(id));
}
