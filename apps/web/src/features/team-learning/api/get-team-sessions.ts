import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Page } from '@vitaal/shared/page';
import type { TeamSessionResponse } from '@vitaal/shared/team-learning';
import { apiClient } from '@/lib/api-client';
import { teamLearningKeys } from './team-learning-keys';

export interface TeamSessionsParams {
  when: 'upcoming' | 'past';
  limit: number;
  offset: number;
}

export function getTeamSessions(
  teamId: string,
  params: TeamSessionsParams,
  { signal }: { signal?: AbortSignal } = {},
): Promise<Page<TeamSessionResponse>> {
  const query = new URLSearchParams({ when: params.when, limit: String(params.limit), offset: String(params.offset) });
  return apiClient.get<Page<TeamSessionResponse>>(`/teams/${encodeURIComponent(teamId)}/sessions?${query}`, { signal });
}

/** Upcoming sessions soonest first, past ones latest first. */
export function teamSessionsQueryOptions(teamId: string, params: TeamSessionsParams) {
  return queryOptions({
    queryKey: teamLearningKeys.sessionList(teamId, params),
    queryFn: ({ signal }) => getTeamSessions(teamId, params, { signal }),
    // Paging keeps the current page on screen until the next one arrives, so the list does not jump.
    placeholderData: keepPreviousData,
  });
}

export function useTeamSessions(teamId: string, params: TeamSessionsParams) {
  return useQuery(teamSessionsQueryOptions(teamId, params));
}
