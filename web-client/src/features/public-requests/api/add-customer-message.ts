import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { TrackedTicket } from '@/api/types';

import { trackedTicketsKeys } from './keys';

export interface AddCustomerMessageInput {
  number: string;
  token: string;
  body: string;
}

/** The customer writes back; an answered request within the reopen window reopens (409 after it). */
export function addCustomerMessage({ number, token, body }: AddCustomerMessageInput): Promise<TrackedTicket> {
  return unwrap(
    api.POST('/api/public/tickets/{number}/messages', { params: { path: { number }, query: { token } }, body: { body } }),
  );
}

export function useAddCustomerMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addCustomerMessage,
    onSuccess: async (tracked, { number, token }) => {
      queryClient.setQueryData(trackedTicketsKeys.detail(number, token), tracked);
      await queryClient.invalidateQueries({ queryKey: trackedTicketsKeys.detail(number, token) });
    },
  });
}
