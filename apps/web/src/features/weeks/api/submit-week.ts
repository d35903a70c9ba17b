import { useMutation } from '@tanstack/react-query';
import type { WeekResponse } from '@vitaal/shared/weeks';
import { apiClient } from '@/lib/api-client';
import { useWeekChanged } from './week-changed';

/** Hands the week in; a 400 names the reflection fields still missing (scores, hours). */
export function submitWeek(week: string): Promise<WeekResponse> {
  return apiClient.post<WeekResponse>(`/weeks/${encodeURIComponent(week)}/submit`);
}

export function useSubmitWeek(week: string) {
  const weekChanged = useWeekChanged();
  return useMutation({ mutationFn: () => submitWeek(week), onSuccess: weekChanged });
}
