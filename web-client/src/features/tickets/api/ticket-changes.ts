import { useQueryClient, type QueryClient } from '@tanstack/react-query';

import { ApiError, isApiError } from '@/api/problem';
import type { Ticket } from '@/api/types';

import { etagOf, type VersionedTicket } from './get-ticket';
import { ticketsKeys } from './keys';

interface ClientResult {
  data?: Ticket;
  error?: unknown;
  response: Response;
}

/** The changed ticket with the ETag the change answered with, or an {@link ApiError}. */
export async function versioned(call: Promise<ClientResult>): Promise<VersionedTicket> {
  const { data, error, response } = await call;
  if (!response.ok || !data) throw ApiError.from(response, error);
  return { ticket: data, etag: etagOf(response, data) };
}

/** After a change: keep the answer (and its ETag) as the detail, then refresh detail, timeline and lists. */
export async function afterTicketChange(queryClient: QueryClient, changed: VersionedTicket) {
  queryClient.setQueryData(ticketsKeys.detail(changed.ticket.number), changed);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ticketsKeys.detail(changed.ticket.number) }),
    queryClient.invalidateQueries({ queryKey: ticketsKeys.lists() }),
  ]);
}

/**
 * 412: someone else changed the ticket since our read; 409: its state is not what we thought. Either way, reload it
 * (and its timeline) so the agent sees what changed.
 */
export async function afterTicketChangeFailed(queryClient: QueryClient, number: string, error: unknown) {
  if (isApiError(error, 412) || isApiError(error, 409)) await queryClient.invalidateQueries({ queryKey: ticketsKeys.detail(number) });
}

export interface TicketChangeOptions {
  /**
   * Told of a 412 before the reload. Given to the hook rather than to `mutate`, because the reload can remount the
   * form that asked (forms are keyed by version), and `mutate` callbacks of an unmounted form never run.
   */
  onStale?: () => void;
}

export function useTicketChangeCallbacks(number: string, { onStale }: TicketChangeOptions = {}) {
  const queryClient = useQueryClient();
  return {
    onSuccess: (changed: VersionedTicket) => afterTicketChange(queryClient, changed),
    onError: (error: unknown) => {
      if (isApiError(error, 412)) onStale?.();
      return afterTicketChangeFailed(queryClient, number, error);
    },
  };
}

/** What every If-Match change takes: the ticket, the ETag of our last read, and its body. */
export interface VersionedChange<Body> {
  number: string;
  etag: string;
  body: Body;
}
