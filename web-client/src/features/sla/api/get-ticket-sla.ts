import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { TicketSla } from '@/api/types';

import { slaKeys } from './keys';

/** GetTicketSla: the policy version the ticket matched and its clocks (first response, resolution, each leg's OLA). */
export function getTicketSla(number: string): Promise<TicketSla> {
  return unwrap(api.GET('/api/tickets/{number}/sla', { params: { path: { number } } }));
}

/** `version`: the ticket's, so a change to the ticket reads its clocks again. Elapsed and remaining refresh each minute. */
export const getTicketSlaQueryOptions = (number: string, version: number | string) =>
  queryOptions({
    queryKey: slaKeys.ticket(number, version),
    queryFn: () => getTicketSla(number),
    refetchInterval: 60_000,
  });

export const useTicketSla = (number: string, version: number | string) => useQuery(getTicketSlaQueryOptions(number, version));
