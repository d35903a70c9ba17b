import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddTeamMemberRequest, TeamDetailResponse } from '@vitaal/shared/people';
import { apiClient } from '@/lib/api-client';
import { refetchAfterTeamChange } from './team-changed';

export function addTeamMember({
  teamId,
  member,
}: {
  teamId: string;
  member: AddTeamMemberRequest;
}): Promise<TeamDetailResponse> {
  return apiClient.post<TeamDetailResponse>(`/teams/${encodeURIComponent(teamId)}/members`, member);
}

export function useAddTeamMember() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addTeamMember, onSuccess: () => refetchAfterTeamChange(queryClient) });
}
