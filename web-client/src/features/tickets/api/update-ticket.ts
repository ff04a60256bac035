import { useMutation } from '@tanstack/react-query';

import { api } from '@/api/client';
import type { UpdateTicketBody } from '@/api/types';

import type { VersionedTicket } from './get-ticket';
import { useTicketChangeCallbacks, versioned, type TicketChangeOptions, type VersionedChange } from './ticket-changes';

/** Re-types the case (type, topic, priority, subject; null leaves a field as it is). Needs If-Match. */
export function updateTicket({ number, etag, body }: VersionedChange<UpdateTicketBody>): Promise<VersionedTicket> {
  return versioned(api.PATCH('/api/tickets/{number}', { params: { path: { number } }, headers: { 'If-Match': etag }, body }));
}

export function useUpdateTicket(number: string, options: TicketChangeOptions = {}) {
  return useMutation({ mutationFn: updateTicket, ...useTicketChangeCallbacks(number, options) });
}
