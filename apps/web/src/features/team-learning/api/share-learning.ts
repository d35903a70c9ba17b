import { useMutation } from '@tanstack/react-query';
import type { CreateSharedLearningRequest, SharedLearningResponse } from '@vitaal/shared/team-learning';
import { apiClient } from '@/lib/api-client';
import { learningsPath } from './get-shared-learnings';
import { useFeedChanged } from './learning-changed';

export function shareLearning(teamId: string, input: CreateSharedLearningRequest): Promise<SharedLearningResponse> {
  return apiClient.post<SharedLearningResponse>(learningsPath(teamId), input);
}

/** A text written here, or `{ fromWeek }`: that week's "what I learned" (400 when it has none). */
export function useShareLearning(teamId: string) {
  const feedChanged = useFeedChanged();
  return useMutation({
    mutationFn: (input: CreateSharedLearningRequest) => shareLearning(teamId, input),
    onSuccess: () => feedChanged(teamId),
  });
}
