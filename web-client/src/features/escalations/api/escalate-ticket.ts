import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { EscalateTicketBody, EscalationLeg } from '@/api/types';

import { escalationsKeys } from './keys';

/** Opens a leg to an area (null: the matrix's suggestion). The ticket becomes escalated and the customer is told. */
export function escalateTicket({ number, body }: { number: string; body: EscalateTicketBody }): Promise<EscalationLeg> {
  return unwrap(api.POST('/api/tickets/{number}/escalations', { params: { path: { number } }, body }));
}

export function useEscalateTicket(number: string, { onEscalated }: { onEscalated?: (leg: EscalationLeg) => unknown } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: escalateTicket,
    onSuccess: async (leg) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: escalationsKeys.ticket(number) }),
        queryClient.invalidateQueries({ queryKey: escalationsKeys.lists() }),
        onEscalated?.(leg),
      ]);
    },
  });
}
