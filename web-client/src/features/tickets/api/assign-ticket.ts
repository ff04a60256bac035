import { useMutation } from '@tanstack/react-query';

import { api } from '@/api/client';

import type { VersionedTicket } from './get-ticket';
import { useTicketChangeCallbacks, versioned, type TicketChangeOptions, type VersionedChange } from './ticket-changes';

/** Assigns the ticket (assigneeId) or puts it back in the unassigned queue (null). Needs If-Match. */
export function assignTicket({ number, etag, body }: VersionedChange<{ assigneeId: string | null }>): Promise<VersionedTicket> {
  return versioned(api.PUT('/api/tickets/{number}/assignee', { params: { path: { number } }, headers: { 'If-Match': etag }, body }));
}

export function useAssignTicket(number: string, options: TicketChangeOptions = {}) {
  return useMutation({ mutationFn: assignTicket, ...useTicketChangeCallbacks(number, options) });
}
