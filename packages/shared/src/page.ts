/** One page of a list; every list endpoint is paginated with a bounded limit. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export const MAX_PAGE_SIZE = 100;
