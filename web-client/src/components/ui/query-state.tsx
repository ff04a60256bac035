import type { ReactNode } from 'react';

import { PageLoader } from './page-loader';
import { QueryError } from './query-error';

/** What QueryState needs of a TanStack query (a plain or an infinite one). */
interface LoadedQuery<T> {
  data: T | undefined;
  isError: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}

interface QueryStateProps<T> {
  query: LoadedQuery<T>;
  /** What to show once the data is there. Leave it out on a page that returns early while there is no data. */
  children?: (data: T) => ReactNode;
}

/**
 * The states of a query in one place: its data once loaded (kept on screen if a later refetch fails), else an
 * alert with a retry button when the load failed (role="alert"), else a loader (role="status").
 */
export function QueryState<T>({ query, children }: QueryStateProps<T>) {
  if (query.data !== undefined) return children ? children(query.data) : null;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return <PageLoader />;
}
