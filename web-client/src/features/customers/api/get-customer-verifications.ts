import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { CustomerVerificationPage } from '@/api/types';

import { customersKeys } from './keys';

const PAGE_SIZE = 10;

export function getCustomerVerifications(id: string, cursor?: string): Promise<CustomerVerificationPage> {
  return unwrap(
    api.GET('/api/customers/{id}/verifications', {
      params: { path: { id }, query: cursor ? { limit: PAGE_SIZE, cursor } : { limit: PAGE_SIZE } },
    }),
  );
}

/** The customer's identity verifications, passed and failed, newest first. */
export const getCustomerVerificationsQueryOptions = (id: string) =>
  infiniteQueryOptions({
    queryKey: customersKeys.verifications(id),
    queryFn: ({ pageParam }) => getCustomerVerifications(id, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export const useCustomerVerifications = (id: string) => useInfiniteQuery(getCustomerVerificationsQueryOptions(id));
