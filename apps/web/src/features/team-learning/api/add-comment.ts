import { useMutation } from '@tanstack/react-query';
import type { SharedLearningResponse } from '@vitaal/shared/team-learning';
import { apiClient } from '@/lib/api-client';
import { learningsPath } from './get-shared-learnings';
import { useLearningChanged } from './learning-changed';

export function addComment(teamId: string, learningId: string, body: string): Promise<SharedLearningResponse> {
  return apiClient.post<SharedLearningResponse>(`${learningsPath(teamId)}/${encodeURIComponent(learningId)}/comments`, {
    body,
  });
}

export function useAddComment(teamId: string, learningId: string) {
  const learningChanged = useLearningChanged();
  return useMutation({
    mutationFn: (body: string) => addComment(teamId, learningId, body),
    onSuccess: learningChanged,
  });
}
