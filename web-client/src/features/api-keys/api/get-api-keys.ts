import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { ApiKey } from '@/api/types';

import { apiKeysKeys } from './keys';

export function getApiKeys(): Promise<ApiKey[]> {
  return unwrap(api.GET('/api/admin/api-keys'));
}

export const getApiKeysQueryOptions = () =>
  queryOptions({
    queryKey: apiKeysKeys.list(),
    queryFn: getApiKeys,
  });

export const useApiKeys = () => useQuery(getApiKeysQueryOptions());
