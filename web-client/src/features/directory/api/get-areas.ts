import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { Area } from '@/api/types';

import { areasKeys, type AreaListFilter } from './keys';

export function getAreas({ includeInactive }: AreaListFilter): Promise<Area[]> {
  return unwrap(api.GET('/api/directory/areas', { params: { query: { includeInactive } } }));
}

export const getAreasQueryOptions = (filter: AreaListFilter = { includeInactive: false }) =>
  queryOptions({
    queryKey: areasKeys.list(filter),
    queryFn: () => getAreas(filter),
  });

export const useAreas = (filter?: AreaListFilter) => useQuery(getAreasQueryOptions(filter));
