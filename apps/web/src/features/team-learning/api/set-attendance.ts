import { useMutation } from '@tanstack/react-query';
import type { AttendanceRequest, TeamSessionResponse } from '@vitaal/shared/team-learning';
import { apiClient } from '@/lib/api-client';
import { sessionPath } from './get-team-session';
import { useSessionChanged } from './session-changed';

export function setAttendance(
  teamId: string,
  sessionId: string,
  input: AttendanceRequest,
): Promise<TeamSessionResponse> {
  return apiClient.put<TeamSessionResponse>(`${sessionPath(teamId, sessionId)}/attendance`, input);
}

/** Your own attendance; 409 when taking it back after the hours went into your week. */
export function useSetAttendance(teamId: string, sessionId: string) {
  const sessionChanged = useSessionChanged();
  return useMutation({
    mutationFn: (attended: boolean) => setAttendance(teamId, sessionId, { attended }),
    onSuccess: sessionChanged,
  });
}
