import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TeamSessionResponse } from '@vitaal/shared/team-learning';
import { overviewKeys } from '@/entities/overview/api/get-my-overview';
import { weekKeys } from '@/entities/weeks/api/week-keys';
import { apiClient } from '@/lib/api-client';
import { sessionPath, teamSessionQueryOptions } from './get-team-session';
import { useSessionChanged } from './session-changed';

export function carrySessionHours(teamId: string, sessionId: string): Promise<TeamSessionResponse> {
  return apiClient.post<TeamSessionResponse>(`${sessionPath(teamId, sessionId)}/carry-hours`);
}

/**
 * Adds the session's length to your week as peer learning, once. 409 `week_closed` when that
 * week can no longer change; 409 `conflict` when the hours are already there (or, which the
 * page never offers, the session is ahead or you did not attend).
 */
export function useCarrySessionHours(teamId: string, sessionId: string) {
  const queryClient = useQueryClient();
  const sessionChanged = useSessionChanged();
  return useMutation({
    mutationFn: () => carrySessionHours(teamId, sessionId),
    onSuccess: async (session) => {
      await Promise.all([
        sessionChanged(session),
        // Your week's peer hours, and everything counting them, changed.
        queryClient.invalidateQueries({ queryKey: weekKeys.all }),
        queryClient.invalidateQueries({ queryKey: overviewKeys.all }),
      ]);
    },
    // A 409 means the page's picture of the session is out of date (carried in another tab, say).
    onError: () => queryClient.invalidateQueries({ queryKey: teamSessionQueryOptions(teamId, sessionId).queryKey }),
  });
}
