import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateUserRequest, UserResponse } from '@vitaal/shared/people';
import { meQueryOptions } from '@/entities/session/api/get-me';
import { apiClient } from '@/lib/api-client';

export function updateUser({ id, changes }: { id: string; changes: UpdateUserRequest }): Promise<UserResponse> {
  return apiClient.patch<UserResponse>(`/users/${encodeURIComponent(id)}`, changes);
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: async () => {
      // An admin may change their own roles, which changes the navigation they see.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['users'] }),
        queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey }),
      ]);
    },
  });
}
