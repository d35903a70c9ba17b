import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';

interface QueryResultProps<T> {
  query: UseQueryResult<T>;
  loadingLabel?: string;
  /** See ErrorState. */
  invalidMessage?: string;
  children: (data: T) => ReactNode;
}

/** Loading, failure (explained by code, with a retry) or the data: the same three states on every page. */
export function QueryResult<T>({ query, loadingLabel, invalidMessage, children }: QueryResultProps<T>) {
  if (query.isPending) return <LoadingState label={loadingLabel} />;
  if (query.isError)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} invalidMessage={invalidMessage} />;
  return <>{children(query.data)}</>;
}
