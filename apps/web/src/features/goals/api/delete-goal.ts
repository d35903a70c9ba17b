import { useMutation, useQueryClient } from '@tanstack/react-query';
import { goalKeys } from '@/entities/goals/api/goal-keys';
import { overviewKeys } from '@/entities/overview/api/get-my-overview';
import { apiClient } from '@/lib/api-client';

export function deleteGoal(id: string): Promise<void> {
  return apiClient.delete<void>(`/goals/${encodeURIComponent(id)}`);
}

/**
 * The goal's own cached entry is left alone: the page showing it is still mounted and would fetch
 * it again (a 404) before it navigates away; coming back later fetches it and finds it gone.
 */
export function useDeleteGoal(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteGoal(id),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: goalKeys.lists }),
        queryClient.invalidateQueries({ queryKey: overviewKeys.all }),
      ]),
  });
}
