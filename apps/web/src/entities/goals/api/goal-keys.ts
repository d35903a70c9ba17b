import type { GoalsParams } from './get-goals';

/** The keys of everything cached about your goals; saving a week refreshes `all` (progress and history move). */
export const goalKeys = {
  all: ['goals'] as const,
  lists: ['goals', 'list'] as const,
  list: (params: GoalsParams) => ['goals', 'list', params] as const,
  detail: (id: string) => ['goals', 'detail', id] as const,
  weeks: (id: string) => ['goals', 'weeks', id] as const,
};
