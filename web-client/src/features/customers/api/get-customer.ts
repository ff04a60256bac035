import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { Customer } from '@/api/types';

import { customersKeys } from './keys';

export function getCustomer(id: string): Promise<Customer> {
  return unwrap(api.GET('/api/customers/{id}', { params: { path: { id } } }));
}

export const getCustomerQueryOptions = (id: string) =>
  queryOptions({
    queryKey: customersKeys.detail(id),
    queryFn: () => getCustomer(id),
  });

export const useCustomer = (id: string) => useQuery(getCustomerQueryOptions(id));
