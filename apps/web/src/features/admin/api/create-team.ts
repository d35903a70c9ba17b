import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateTeamRequest, TeamDetailResponse } from '@vitaal/shared/people';
import { teamKeys } from '@/entities/teams/api/team-keys';
import { apiClient } from '@/lib/api-client';

export function createTeam(input: CreateTeamRequest): Promise<TeamDetailResponse> {
  return apiClient.post<TeamDetailResponse>('/teams', input);
}

export function useCreateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTeam,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.all }),
  });
}
