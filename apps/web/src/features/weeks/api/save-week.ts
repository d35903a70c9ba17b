import { useMutation } from '@tanstack/react-query';
import type { SaveWeekRequest, WeekResponse } from '@vitaal/shared/weeks';
import { apiClient } from '@/lib/api-client';
import { useWeekChanged } from './week-changed';

/** Always the whole week on the version that was read: 409 version_conflict when it is stale. */
export function saveWeek(week: string, input: SaveWeekRequest): Promise<WeekResponse> {
  return apiClient.put<WeekResponse>(`/weeks/${encodeURIComponent(week)}`, input);
}

export function useSaveWeek(week: string) {
  const weekChanged = useWeekChanged();
  return useMutation({ mutationFn: (input: SaveWeekRequest) => saveWeek(week, input), onSuccess: weekChanged });
}
