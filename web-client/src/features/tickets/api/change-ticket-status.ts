import { useMutation } from '@tanstack/react-query';

import { api } from '@/api/client';
import type { ChangeStatusBody } from '@/api/types';

import type { VersionedTicket } from './get-ticket';
import { useTicketChangeCallbacks, versioned, type TicketChangeOptions, type VersionedChange } from './ticket-changes';

/** Moves the ticket to open, pending_customer, closed or reopened. Needs If-Match; a move the lifecycle forbids is a 409. */
export function changeTicketStatus({ number, etag, body }: VersionedChange<ChangeStatusBody>): Promise<VersionedTicket> {
  return versioned(api.POST('/api/tickets/{number}/status', { params: { path: { number } }, headers: { 'If-Match': etag }, body }));
}

export function useChangeTicketStatus(number: string, options: TicketChangeOptions = {}) {
  return useMutation({ mutationFn: changeTicketStatus, ...useTicketChangeCallbacks(number, options) });
}
