import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { Attachment } from '@/api/types';

import { ticketsKeys } from './keys';

export function getTicketAttachments(number: string): Promise<Attachment[]> {
  return unwrap(api.GET('/api/tickets/{number}/attachments', { params: { path: { number } } }));
}

export const getTicketAttachmentsQueryOptions = (number: string) =>
  queryOptions({
    queryKey: ticketsKeys.attachments(number),
    queryFn: () => getTicketAttachments(number),
  });

export const useTicketAttachments = (number: string) => useQuery(getTicketAttachmentsQueryOptions(number));

/** The download address (same origin, the session cookie goes along; the API streams the file with its name). */
export function attachmentHref(number: string, id: string): string {
  return `/api/tickets/${encodeURIComponent(number)}/attachments/${encodeURIComponent(id)}`;
}
