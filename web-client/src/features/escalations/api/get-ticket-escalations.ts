import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { EscalationLeg } from '@/api/types';

import { escalationsKeys } from './keys';

/** The ticket's legs in order (a responder sees only their areas' legs). */
export function getTicketEscalations(number: string): Promise<EscalationLeg[]> {
  return unwrap(api.GET('/api/tickets/{number}/escalations', { params: { path: { number } } }));
}

export const getTicketEscalationsQueryOptions = (number: string) =>
  queryOptions({
    queryKey: escalationsKeys.ticketLegs(number),
    queryFn: () => getTicketEscalations(number),
  });

export const useTicketEscalations = (number: string) => useQuery(getTicketEscalationsQueryOptions(number));
