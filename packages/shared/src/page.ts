import type { Schemas } from './api.generated.js';

/**
 * One page of a list; every list endpoint is paginated with a bounded limit. Every page has the same
 * shape (PageOf in the API), so any one of them gives it.
 */
export type Page<T> = Omit<Schemas['UserPage'], 'items'> & { items: T[] };

export const MAX_PAGE_SIZE = 100;
/**
 * The furthest a list can be paged by offset: a thousand full pages. The database reads and skips
 * every row before the offset, so the offset, like the page size, is work a request steers.
 */
export const MAX_OFFSET = 100_000;
