import { useMutation } from '@tanstack/react-query';
import type { SharedLearningResponse, UpdateSharedLearningRequest } from '@vitaal/shared/team-learning';
import { apiClient } from '@/lib/api-client';
import { learningsPath } from './get-shared-learnings';
import { useLearningChanged } from './learning-changed';

export function updateSharedLearning(
  teamId: string,
  learningId: string,
  input: UpdateSharedLearningRequest,
): Promise<SharedLearningResponse> {
  return apiClient.patch<SharedLearningResponse>(`${learningsPath(teamId)}/${encodeURIComponent(learningId)}`, input);
}

/** The author edits their post, on the version they read (409 version_conflict otherwise). */
export function useUpdateSharedLearning(teamId: string, learningId: string) {
  const learningChanged = useLearningChanged();
  return useMutation({
    mutationFn: (input: UpdateSharedLearningRequest) => updateSharedLearning(teamId, learningId, input),
    onSuccess: learningChanged,
  });
}
