import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { EscalationPage, LegStatus } from '@/api/types';

import { escalationsKeys } from './keys';

export interface EscalationFilter {
  status: Extract<LegStatus, 'open' | 'answered'>;
}

/** The inbox: legs of my areas (all areas for back office), oldest due first. */
export function getEscalations({ status }: EscalationFilter): Promise<EscalationPage> {
  return unwrap(api.GET('/api/escalations', { params: { query: { status, limit: 100 } } }));
}

export const getEscalationsQueryOptions = (filter: EscalationFilter) =>
  queryOptions({
    queryKey: [...escalationsKeys.lists(), filter] as const,
    queryFn: () => getEscalations(filter),
  });

export const useEscalations = (filter: EscalationFilter) => useQuery(getEscalationsQueryOptions(filter));
