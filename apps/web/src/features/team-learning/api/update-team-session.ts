import { useMutation } from '@tanstack/react-query';
import type { TeamSessionResponse, UpdateTeamSessionRequest } from '@vitaal/shared/team-learning';
import { apiClient } from '@/lib/api-client';
import { sessionPath } from './get-team-session';
import { useSessionChanged } from './session-changed';

export function updateTeamSession(
  teamId: string,
  sessionId: string,
  input: UpdateTeamSessionRequest,
): Promise<TeamSessionResponse> {
  return apiClient.patch<TeamSessionResponse>(sessionPath(teamId, sessionId), input);
}

/** Always on the version that was read: 409 version_conflict when someone saved in between. */
export function useUpdateTeamSession(teamId: string, sessionId: string) {
  const sessionChanged = useSessionChanged();
  return useMutation({
    mutationFn: (input: UpdateTeamSessionRequest) => updateTeamSession(teamId, sessionId, input),
    onSuccess: sessionChanged,
  });
}
