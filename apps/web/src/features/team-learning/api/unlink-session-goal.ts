import { useMutation } from '@tanstack/react-query';
import type { TeamSessionResponse } from '@vitaal/shared/team-learning';
import { apiClient } from '@/lib/api-client';
import { sessionPath } from './get-team-session';
import { useSessionChanged } from './session-changed';

export function unlinkSessionGoal(teamId: string, sessionId: string, goalId: string): Promise<TeamSessionResponse> {
  return apiClient.delete<TeamSessionResponse>(`${sessionPath(teamId, sessionId)}/goals/${encodeURIComponent(goalId)}`);
}

export function useUnlinkSessionGoal(teamId: string, sessionId: string) {
  const sessionChanged = useSessionChanged();
  return useMutation({
    mutationFn: (goalId: string) => unlinkSessionGoal(teamId, sessionId, goalId),
    onSuccess: sessionChanged,
  });
}
