import { useMutation } from '@tanstack/react-query';
import type { CreateTeamSessionRequest, TeamSessionResponse } from '@vitaal/shared/team-learning';
import { apiClient } from '@/lib/api-client';
import { useSessionChanged } from './session-changed';

export function createTeamSession(teamId: string, input: CreateTeamSessionRequest): Promise<TeamSessionResponse> {
  return apiClient.post<TeamSessionResponse>(`/teams/${encodeURIComponent(teamId)}/sessions`, input);
}

/** Plans a session; any member of the team may. */
export function useCreateTeamSession(teamId: string) {
  const sessionChanged = useSessionChanged();
  return useMutation({
    mutationFn: (input: CreateTeamSessionRequest) => createTeamSession(teamId, input),
    onSuccess: sessionChanged,
  });
}
