import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TeamDetailResponse, UpdateTeamRequest } from '@vitaal/shared/people';
import { apiClient } from '@/lib/api-client';
import { refetchAfterTeamChange } from './team-changed';

/** Renames, archives (`archived: true`) or restores a team. */
export function updateTeam({
  teamId,
  changes,
}: {
  teamId: string;
  changes: UpdateTeamRequest;
}): Promise<TeamDetailResponse> {
  return apiClient.patch<TeamDetailResponse>(`/teams/${encodeURIComponent(teamId)}`, changes);
}

export function useUpdateTeam() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateTeam, onSuccess: () => refetchAfterTeamChange(queryClient) });
}
