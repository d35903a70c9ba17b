import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TeamCalendarWeek } from '@vitaal/shared/learning-time';
import { apiClient } from '@/lib/api-client';

export interface TeamCalendarParams {
  teamId: string;
  /** First week shown. */
  from: string;
  weeks: number;
}

export function getTeamCalendar(
  params: TeamCalendarParams,
  { signal }: { signal?: AbortSignal } = {},
): Promise<TeamCalendarWeek[]> {
  const query = new URLSearchParams({ teamId: params.teamId, from: params.from, weeks: String(params.weeks) });
  return apiClient.get<TeamCalendarWeek[]>(`/learning-time/team-calendar?${query}`, { signal });
}

/** Approved learning time of one team per week (404 for people who may not see that team's). */
export function teamCalendarQueryOptions(params: TeamCalendarParams) {
  return queryOptions({
    queryKey: ['learning-time', 'team-calendar', params],
    queryFn: ({ signal }) => getTeamCalendar(params, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useTeamCalendar(params: TeamCalendarParams) {
  return useQuery(teamCalendarQueryOptions(params));
}
