import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LearningTimeRequestResponse, UpdateLearningTimeRequest } from '@vitaal/shared/learning-time';
import { apiClient } from '@/lib/api-client';
import { refetchLearningTime } from './learning-time-changed';

/** Changes a pending request; `changes.version` is the version that was read (409 when stale). */
export function updateRequest({
  id,
  changes,
}: {
  id: string;
  changes: UpdateLearningTimeRequest;
}): Promise<LearningTimeRequestResponse> {
  return apiClient.patch<LearningTimeRequestResponse>(`/learning-time/requests/${encodeURIComponent(id)}`, changes);
}

export function useUpdateRequest() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateRequest, onSuccess: () => refetchLearningTime(queryClient) });
}
