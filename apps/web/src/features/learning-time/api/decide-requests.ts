import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BulkDecisionRequest, LearningTimeRequestResponse } from '@vitaal/shared/learning-time';
import { apiClient } from '@/lib/api-client';
import { refetchLearningTime } from './learning-time-changed';

/** Several decisions at once: all of them, or none (409) when one was already decided. */
export function decideRequests(input: BulkDecisionRequest): Promise<LearningTimeRequestResponse[]> {
  return apiClient.post<LearningTimeRequestResponse[]>('/learning-time/decisions', input);
}

export function useDecideRequests() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: decideRequests, onSettled: () => refetchLearningTime(queryClient) });
}
