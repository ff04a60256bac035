import { useMutation } from '@tanstack/react-query';

import { api } from '@/api/client';
import type { AnswerTicketBody } from '@/api/types';

import type { VersionedTicket } from './get-ticket';
import { useTicketChangeCallbacks, versioned, type TicketChangeOptions, type VersionedChange } from './ticket-changes';

/** The final answer with its resolution type: emailed to the customer, the ticket becomes answered. Needs If-Match. */
export function answerTicket({ number, etag, body }: VersionedChange<AnswerTicketBody>): Promise<VersionedTicket> {
  return versioned(api.POST('/api/tickets/{number}/answer', { params: { path: { number } }, headers: { 'If-Match': etag }, body }));
}

export function useAnswerTicket(number: string, options: TicketChangeOptions = {}) {
  return useMutation({ mutationFn: answerTicket, ...useTicketChangeCallbacks(number, options) });
}
