import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/api/client';
import { ApiError } from '@/api/problem';
import type { Ticket } from '@/api/types';

import { ticketsKeys } from './keys';

/** A ticket with the ETag of the response that carried it: the If-Match of the next change. */
export interface VersionedTicket {
  ticket: Ticket;
  etag: string;
}

/** The ETag header of a ticket response (the API always sends it; the version field is the same number). */
export function etagOf(response: Response, ticket: Ticket): string {
  return response.headers.get('ETag') ?? `"${ticket.version}"`;
}

export async function getTicket(number: string): Promise<VersionedTicket> {
  const { data, error, response } = await api.GET('/api/tickets/{number}', { params: { path: { number } } });
  if (!response.ok || !data) throw ApiError.from(response, error);
  return { ticket: data, etag: etagOf(response, data) };
}

export const getTicketQueryOptions = (number: string) =>
  queryOptions({
    queryKey: ticketsKeys.detail(number),
    queryFn: () => getTicket(number),
  });

export const useTicket = (number: string) => useQuery(getTicketQueryOptions(number));
