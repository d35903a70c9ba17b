import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LearningTimeRequestResponse } from '@vitaal/shared/learning-time';
import { apiClient } from '@/lib/api-client';
import { refetchLearningTime } from './learning-time-changed';

/** Pending requests can be cancelled; approved ones until their week starts (409 otherwise). */
export function cancelRequest(id: string): Promise<LearningTimeRequestResponse> {
  return apiClient.post<LearningTimeRequestResponse>(`/learning-time/requests/${encodeURIComponent(id)}/cancel`);
}

export function useCancelRequest() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: cancelRequest, onSuccess: () => refetchLearningTime(queryClient) });
}
