import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export function markRead(id: string): Promise<void> {
  return apiClient.post<void>(`/notifications/${encodeURIComponent(id)}/read`);
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  // The list and the bell's count both change.
  return useMutation({
    mutationFn: markRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
