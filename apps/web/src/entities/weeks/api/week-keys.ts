import type { WeeksParams } from './get-weeks';

/** The keys of everything cached about your weeks; carrying session hours into a week refreshes `all`. */
export const weekKeys = {
  all: ['weeks'] as const,
  lists: ['weeks', 'list'] as const,
  list: (params: WeeksParams) => ['weeks', 'list', params] as const,
  detail: (week: string) => ['weeks', 'detail', week] as const,
};
