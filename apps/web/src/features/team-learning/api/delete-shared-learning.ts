import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { learningsPath } from './get-shared-learnings';
import { useFeedChanged } from './learning-changed';

export function deleteSharedLearning(teamId: string, learningId: string): Promise<void> {
  return apiClient.delete<void>(`${learningsPath(teamId)}/${encodeURIComponent(learningId)}`);
}

/** The author removes their post. */
export function useDeleteSharedLearning(teamId: string, learningId: string) {
  const feedChanged = useFeedChanged();
  return useMutation({
    mutationFn: () => deleteSharedLearning(teamId, learningId),
    onSuccess: () => feedChanged(teamId),
  });
}
