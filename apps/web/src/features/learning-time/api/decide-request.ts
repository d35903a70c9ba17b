import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DecisionRequest, LearningTimeRequestResponse } from '@vitaal/shared/learning-time';
import { apiClient } from '@/lib/api-client';
import { refetchLearningTime } from './learning-time-changed';

/** Approves or rejects one request; a rejection needs a comment, a decided request gives 409. */
export function decideRequest({
  id,
  decision,
}: {
  id: string;
  decision: DecisionRequest;
}): Promise<LearningTimeRequestResponse> {
  return apiClient.post<LearningTimeRequestResponse>(
    `/learning-time/requests/${encodeURIComponent(id)}/decision`,
    decision,
  );
}

export function useDecideRequest() {
  const queryClient = useQueryClient();
  // Also after a failure: a 409 means the queue the manager sees is out of date.
  return useMutation({ mutationFn: decideRequest, onSettled: () => refetchLearningTime(queryClient) });
}
