import type { QueryClient } from '@tanstack/react-query';

/** Any change to a team changes its page, the counts in the team list and the people list's teams column. */
export async function refetchAfterTeamChange(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['teams'] }),
    queryClient.invalidateQueries({ queryKey: ['users'] }),
  ]);
}
