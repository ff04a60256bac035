import { useQueryClient, type QueryClient } from '@tanstack/react-query';

import type { EscalationLeg } from '@/api/types';

import { escalationsKeys } from './keys';

/** After a leg changed: keep it as the detail, then refresh its detail, the ticket's legs and the inbox lists. */
export async function afterLegChange(queryClient: QueryClient, leg: EscalationLeg) {
  queryClient.setQueryData(escalationsKeys.detail(leg.id), leg);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: escalationsKeys.detail(leg.id) }),
    queryClient.invalidateQueries({ queryKey: escalationsKeys.ticket(leg.ticketNumber) }),
    queryClient.invalidateQueries({ queryKey: escalationsKeys.lists() }),
  ]);
}

export function useLegChangeCallbacks() {
  const queryClient = useQueryClient();
  return { onSuccess: (leg: EscalationLeg) => afterLegChange(queryClient, leg) };
}
