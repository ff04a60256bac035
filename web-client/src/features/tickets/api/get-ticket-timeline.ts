import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { TimelineEvent } from '@/api/types';

import { ticketsKeys } from './keys';

export function getTicketTimeline(number: string): Promise<TimelineEvent[]> {
  return unwrap(api.GET('/api/tickets/{number}/timeline', { params: { path: { number } } }));
}

export const getTicketTimelineQueryOptions = (number: string) =>
  queryOptions({
    queryKey: ticketsKeys.timeline(number),
    queryFn: () => getTicketTimeline(number),
  });

export const useTicketTimeline = (number: string) => useQuery(getTicketTimelineQueryOptions(number));
