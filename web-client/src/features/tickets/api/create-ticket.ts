import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { CreateTicketBody, Ticket } from '@/api/types';

import { ticketsKeys } from './keys';

export interface CreateTicketInput {
  body: CreateTicketBody;
  /** Same key and body → the API answers with the first ticket instead of making a second one. */
  idempotencyKey: string;
}

export function createTicket({ body, idempotencyKey }: CreateTicketInput): Promise<Ticket> {
  return unwrap(api.POST('/api/tickets', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }));
}

export function useCreateTicket({ onSuccess }: { onSuccess?: (ticket: Ticket) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTicket,
    onSuccess: async (ticket) => {
      await queryClient.invalidateQueries({ queryKey: ticketsKeys.lists() });
      onSuccess?.(ticket);
    },
  });
}
