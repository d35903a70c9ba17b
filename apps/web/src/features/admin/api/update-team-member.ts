import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TeamDetailResponse, UpdateTeamMemberRequest } from '@vitaal/shared/people';
import { apiClient } from '@/lib/api-client';
import { refetchAfterTeamChange } from './team-changed';

export function updateTeamMember({
  teamId,
  userId,
  changes,
}: {
  teamId: string;
  userId: string;
  changes: UpdateTeamMemberRequest;
}): Promise<TeamDetailResponse> {
  return apiClient.patch<TeamDetailResponse>(
    `/teams/${encodeURIComponent(teamId)}/members/${encodeURIComponent(userId)}`,
    changes,
  );
}

export function useUpdateTeamMember() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateTeamMember, onSuccess: () => refetchAfterTeamChange(queryClient) });
}
