import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { refetchAfterTeamChange } from './team-changed';

export function removeTeamMember({ teamId, userId }: { teamId: string; userId: string }): Promise<void> {
  return apiClient.delete<void>(`/teams/${encodeURIComponent(teamId)}/members/${encodeURIComponent(userId)}`);
}

export function useRemoveTeamMember() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeTeamMember, onSuccess: () => refetchAfterTeamChange(queryClient) });
}
