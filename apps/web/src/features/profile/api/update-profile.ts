import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeResponse, UpdateProfileRequest } from '@vitaal/shared/auth';
import { meQueryOptions } from '@/entities/session/api/get-me';
import { apiClient } from '@/lib/api-client';

export function updateProfile(input: UpdateProfileRequest): Promise<MeResponse> {
  return apiClient.patch<MeResponse>('/me', input);
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    // The answer is the whole person, so the header shows the new name without asking again.
    onSuccess: (person) => queryClient.setQueryData(meQueryOptions().queryKey, person),
  });
}
