/** One page of a list; every list endpoint is paginated with a bounded limit. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export const MAX_PAGE_SIZE = 100;
/**
 * The furthest a list can be paged by offset: a thousand full pages. The database reads and skips
 * every row before the offset, so the offset, like the page size, is work a request steers.
 */
export const MAX_OFFSET = 100_000;
