import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { EscalationLeg } from '@/api/types';

import { escalationsKeys } from './keys';

export function getEscalation(id: string): Promise<EscalationLeg> {
  return unwrap(api.GET('/api/escalations/{id}', { params: { path: { id } } }));
}

export const getEscalationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: escalationsKeys.detail(id),
    queryFn: () => getEscalation(id),
  });

export const useEscalation = (id: string) => useQuery(getEscalationQueryOptions(id));
