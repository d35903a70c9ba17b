import { useQueryClient } from '@tanstack/react-query';
import type { WeekResponse } from '@vitaal/shared/weeks';
import { goalKeys } from '@/entities/goals/api/goal-keys';
import { overviewKeys } from '@/entities/overview/api/get-my-overview';
import { weekQueryOptions } from '@/entities/weeks/api/get-week';
import { weekKeys } from '@/entities/weeks/api/week-keys';

/**
 * After a save or submit: the answer is the week as it now is. The lists, the overview (streak,
 * charts) and the goals (a reflection moves their progress and history) are fetched again.
 */
export function useWeekChanged() {
  const queryClient = useQueryClient();
  return async (week: WeekResponse) => {
    queryClient.setQueryData(weekQueryOptions(week.week).queryKey, week);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: weekKeys.lists }),
      queryClient.invalidateQueries({ queryKey: overviewKeys.all }),
      queryClient.invalidateQueries({ queryKey: goalKeys.all }),
    ]);
  };
}
