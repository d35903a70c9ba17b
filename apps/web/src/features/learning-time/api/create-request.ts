import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateLearningTimeRequest, LearningTimeRequestResponse } from '@vitaal/shared/learning-time';
import { apiClient } from '@/lib/api-client';
import { refetchLearningTime } from './learning-time-changed';

export function createRequest(input: CreateLearningTimeRequest): Promise<LearningTimeRequestResponse> {
  return apiClient.post<LearningTimeRequestResponse>('/learning-time/requests', input);
}

export function useCreateRequest() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createRequest, onSuccess: () => refetchLearningTime(queryClient) });
}
