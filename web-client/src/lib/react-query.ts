import { MutationCache, QueryCache, QueryClient, type DefaultOptions } from '@tanstack/react-query';

import { isApiError } from '@/api/problem';

import { authKeys } from './auth-keys';

function shouldRetry(failureCount: number, error: unknown): boolean {
  // A problem the server decided on (4xx) will not go away by asking again.
  if (isApiError(error) && error.status < 500) return false;
  return failureCount < 2;
}

export const defaultQueryOptions: DefaultOptions = {
  queries: {
    retry: shouldRetry,
    refetchOnWindowFocus: false,
    staleTime: 30_000,
  },
  mutations: {
    retry: false,
  },
};

/**
 * One client per app (and per test). A 401 from any call means the session ended:
 * forget the user, and the protected routes send the person to the login page.
 */
export function createQueryClient(options: DefaultOptions = defaultQueryOptions): QueryClient {
  const onError = (error: unknown) => {
    if (isApiError(error, 401)) queryClient.setQueryData(authKeys.me(), null);
  };
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: options,
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
  });
  return queryClient;
}
