import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { TicketPage } from '@/api/types';

import { ticketsKeys, type TicketFilter } from './keys';

export const TICKETS_PAGE_SIZE = 25;

export function getTickets(filter: TicketFilter, cursor?: string): Promise<TicketPage> {
  const query = { ...filter, limit: TICKETS_PAGE_SIZE, ...(cursor ? { cursor } : {}) };
  return unwrap(api.GET('/api/tickets', { params: { query } }));
}

/** One page per "load more", following nextCursor until it is null. */
export const getTicketsQueryOptions = (filter: TicketFilter) =>
  infiniteQueryOptions({
    queryKey: ticketsKeys.list(filter),
    queryFn: ({ pageParam }) => getTickets(filter, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export const useTickets = (filter: TicketFilter) => useInfiniteQuery(getTicketsQueryOptions(filter));
