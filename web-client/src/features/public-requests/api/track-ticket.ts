import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { TrackedTicket } from '@/api/types';

import { trackedTicketsKeys } from './keys';

/** Status and public conversation; a wrong number or token is the same 404. */
export function trackTicket(number: string, token: string): Promise<TrackedTicket> {
  return unwrap(api.GET('/api/public/tickets/{number}', { params: { path: { number }, query: { token } } }));
}

export const trackTicketQueryOptions = (number: string, token: string) =>
  queryOptions({
    queryKey: trackedTicketsKeys.detail(number, token),
    queryFn: () => trackTicket(number, token),
  });

export const useTrackedTicket = (number: string, token: string) => useQuery(trackTicketQueryOptions(number, token));
