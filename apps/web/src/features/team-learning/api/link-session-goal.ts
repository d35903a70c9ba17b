import { useMutation } from '@tanstack/react-query';
import type { TeamSessionResponse } from '@vitaal/shared/team-learning';
import { apiClient } from '@/lib/api-client';
import { sessionPath } from './get-team-session';
import { useSessionChanged } from './session-changed';

export function linkSessionGoal(teamId: string, sessionId: string, goalId: string): Promise<TeamSessionResponse> {
  return apiClient.post<TeamSessionResponse>(`${sessionPath(teamId, sessionId)}/goals`, { goalId });
}

/** Links one of your own goals to the session. */
export function useLinkSessionGoal(teamId: string, sessionId: string) {
  const sessionChanged = useSessionChanged();
  return useMutation({
    mutationFn: (goalId: string) => linkSessionGoal(teamId, sessionId, goalId),
    onSuccess: sessionChanged,
  });
}
