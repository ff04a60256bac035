import { useMutation } from '@tanstack/react-query';

import { api } from '@/api/client';
import type { AddReplyBody } from '@/api/types';

import type { VersionedTicket } from './get-ticket';
import { useTicketChangeCallbacks, versioned, type TicketChangeOptions } from './ticket-changes';

export interface AddReplyInput {
  number: string;
  body: AddReplyBody;
}

/** A public reply: emailed to the customer and shown on the tracking page. (The API takes no If-Match here.) */
export function addTicketReply({ number, body }: AddReplyInput): Promise<VersionedTicket> {
  return versioned(api.POST('/api/tickets/{number}/replies', { params: { path: { number } }, body }));
}

export function useAddTicketReply(number: string, options: TicketChangeOptions = {}) {
  return useMutation({ mutationFn: addTicketReply, ...useTicketChangeCallbacks(number, options) });
}
