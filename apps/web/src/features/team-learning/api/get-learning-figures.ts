import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TeamLearningFiguresResponse } from '@vitaal/shared/team-learning';
import { apiClient } from '@/lib/api-client';
import { teamLearningKeys } from './team-learning-keys';

export function getLearningFigures(
  teamId: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<TeamLearningFiguresResponse> {
  return apiClient.get<TeamLearningFiguresResponse>(`/teams/${encodeURIComponent(teamId)}/learning-figures`, {
    signal,
  });
}

/** Sessions held, attendance and shared learnings of the current quarter. */
export function learningFiguresQueryOptions(teamId: string) {
  return queryOptions({
    queryKey: teamLearningKeys.figures(teamId),
    queryFn: ({ signal }) => getLearningFigures(teamId, { signal }),
  });
}

export function useLearningFigures(teamId: string) {
  return useQuery(learningFiguresQueryOptions(teamId));
}
