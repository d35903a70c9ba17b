import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TeamDashboardResponse } from '@vitaal/shared/insights';
import { apiClient } from '@/lib/api-client';

export function getTeamInsights(
  teamId: string,
  weeks: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<TeamDashboardResponse> {
  return apiClient.get<TeamDashboardResponse>(`/insights/teams/${encodeURIComponent(teamId)}?weeks=${weeks}`, {
    signal,
  });
}

export function teamInsightsQueryOptions(teamId: string, weeks: number) {
  return queryOptions({
    queryKey: ['insights', 'teams', teamId, { weeks }],
    queryFn: ({ signal }) => getTeamInsights(teamId, weeks, { signal }),
    // Another period of the same team keeps the page on screen until the new figures arrive; another team does not.
    placeholderData: (previous) => (previous?.team.id === teamId ? previous : undefined),
  });
}

export function useTeamInsights(teamId: string, weeks: number) {
  return useQuery(teamInsightsQueryOptions(teamId, weeks));
}

/** A plain link downloads it: the session cookie goes along, and the export is audited on the server. */
export function teamExportUrl(teamId: string, weeks: number): string {
  return `/api/v1/insights/teams/${encodeURIComponent(teamId)}/export.csv?weeks=${weeks}`;
}
