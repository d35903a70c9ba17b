import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TeamSessionResponse } from '@vitaal/shared/team-learning';
import { apiClient } from '@/lib/api-client';
import { teamLearningKeys } from './team-learning-keys';

export function sessionPath(teamId: string, sessionId: string): string {
  return `/teams/${encodeURIComponent(teamId)}/sessions/${encodeURIComponent(sessionId)}`;
}

export function getTeamSession(
  teamId: string,
  sessionId: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<TeamSessionResponse> {
  return apiClient.get<TeamSessionResponse>(sessionPath(teamId, sessionId), { signal });
}

export function teamSessionQueryOptions(teamId: string, sessionId: string) {
  return queryOptions({
    queryKey: teamLearningKeys.session(teamId, sessionId),
    queryFn: ({ signal }) => getTeamSession(teamId, sessionId, { signal }),
  });
}

export function useTeamSession(teamId: string, sessionId: string) {
  return useQuery(teamSessionQueryOptions(teamId, sessionId));
}
