import { useMutation } from '@tanstack/react-query';

import { api } from '@/api/client';

import type { VersionedTicket } from './get-ticket';
import { useTicketChangeCallbacks, versioned, type TicketChangeOptions } from './ticket-changes';

export interface AddNoteInput {
  number: string;
  body: string;
}

/** An internal note for staff: never shown on the tracking page nor emailed. */
export function addTicketNote({ number, body }: AddNoteInput): Promise<VersionedTicket> {
  return versioned(api.POST('/api/tickets/{number}/notes', { params: { path: { number } }, body: { body } }));
}

export function useAddTicketNote(number: string, options: TicketChangeOptions = {}) {
  return useMutation({ mutationFn: addTicketNote, ...useTicketChangeCallbacks(number, options) });
}
