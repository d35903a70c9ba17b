import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SharedLearningResponse } from '@vitaal/shared/team-learning';
import { apiClient } from '@/lib/api-client';
import { learningsPath } from './get-shared-learnings';
import { useLearningChanged } from './learning-changed';
import { teamLearningKeys } from './team-learning-keys';

export function hideSharedLearning(
  teamId: string,
  learningId: string,
  hidden: boolean,
): Promise<SharedLearningResponse> {
  return apiClient.put<SharedLearningResponse>(`${learningsPath(teamId)}/${encodeURIComponent(learningId)}/hidden`, {
    hidden,
  });
}

/** A manager hides a post from the team, or shows it again; hidden posts do not count in the figures. */
export function useHideSharedLearning(teamId: string, learningId: string) {
  const queryClient = useQueryClient();
  const learningChanged = useLearningChanged();
  return useMutation({
    mutationFn: (hidden: boolean) => hideSharedLearning(teamId, learningId, hidden),
    onSuccess: async (learning) => {
      learningChanged(learning);
      await queryClient.invalidateQueries({ queryKey: teamLearningKeys.figures(teamId) });
    },
  });
}
