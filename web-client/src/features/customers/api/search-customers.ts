import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { CustomerPage } from '@/api/types';

import { customersKeys, type CustomerSearch } from './keys';

export function searchCustomers(search: CustomerSearch): Promise<CustomerPage> {
  return unwrap(api.GET('/api/customers', { params: { query: { ...search, limit: 20 } } }));
}

export const searchCustomersQueryOptions = (search: CustomerSearch) =>
  queryOptions({
    queryKey: customersKeys.list(search),
    queryFn: () => searchCustomers(search),
  });

/** Runs only once there is something to look for. */
export const useCustomerSearch = (search: CustomerSearch | null) =>
  useQuery({ ...searchCustomersQueryOptions(search ?? {}), enabled: search !== null });
