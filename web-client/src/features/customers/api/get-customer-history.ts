import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { CustomerHistoryPage } from '@/api/types';

import { customersKeys } from './keys';

const PAGE_SIZE = 20;

export function getCustomerHistory(id: string, cursor?: string): Promise<CustomerHistoryPage> {
  return unwrap(
    api.GET('/api/customers/{id}/history', {
      params: { path: { id }, query: cursor ? { limit: PAGE_SIZE, cursor } : { limit: PAGE_SIZE } },
    }),
  );
}

/** Every change to the customer's data, newest first. */
export const getCustomerHistoryQueryOptions = (id: string) =>
  infiniteQueryOptions({
    queryKey: customersKeys.history(id),
    queryFn: ({ pageParam }) => getCustomerHistory(id, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export const useCustomerHistory = (id: string) => useInfiniteQuery(getCustomerHistoryQueryOptions(id));
