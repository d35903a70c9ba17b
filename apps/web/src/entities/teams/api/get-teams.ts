import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TeamResponse } from '@vitaal/shared/people';
import { apiClient } from '@/lib/api-client';
import { teamKeys } from './team-keys';

export interface TeamsParams {
  /** Archived teams as well as active ones (for the team admin's list and the audit log's names). */
  archived?: boolean;
}

export function getTeams(
  { archived = false }: TeamsParams,
  { signal }: { signal?: AbortSignal } = {},
): Promise<TeamResponse[]> {
  return apiClient.get<TeamResponse[]>(archived ? '/teams?archived=true' : '/teams', { signal });
}

/** The teams the person may see: their own, or every team for admins and L&O staff. */
export function teamsQueryOptions({ archived = false }: TeamsParams = {}) {
  return queryOptions({
    queryKey: teamKeys.list({ archived }),
    queryFn: ({ signal }) => getTeams({ archived }, { signal }),
  });
}

export function useTeams(params: TeamsParams = {}, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...teamsQueryOptions(params), enabled });
}
