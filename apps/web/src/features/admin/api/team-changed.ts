import type { QueryClient } from '@tanstack/react-query';
import { teamKeys } from '@/entities/teams/api/team-keys';

/** Any change to a team changes its page, the counts in the team list and the people list's teams column. */
export async function refetchAfterTeamChange(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: teamKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['users'] }),
  ]);
}
