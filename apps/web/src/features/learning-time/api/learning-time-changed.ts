import type { QueryClient } from '@tanstack/react-query';

/** A request that changes moves the balance, the own list, the approval queue and the team calendar. */
export async function refetchLearningTime(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: ['learning-time'] });
}
