import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GoalResponse } from '@vitaal/shared/goals';
import { apiClient } from '@/lib/api-client';

export function getPersonGoals(userId: string, { signal }: { signal?: AbortSignal } = {}): Promise<GoalResponse[]> {
  return apiClient.get<GoalResponse[]>(`/people/${encodeURIComponent(userId)}/goals`, { signal });
}

/** The goals the person chose to share with their managers and L&O. */
export function personGoalsQueryOptions(userId: string) {
  return queryOptions({
    queryKey: ['people', userId, 'goals'],
    queryFn: ({ signal }) => getPersonGoals(userId, { signal }),
  });
}

export function usePersonGoals(userId: string) {
  return useQuery(personGoalsQueryOptions(userId));
}
