import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import { isApiError } from '@/api/problem';
import type { SavePolicyBody, SlaPolicy } from '@/api/types';

import { slaKeys } from './keys';

export interface SavePolicyInput {
  /** The policy to change (a new version); omitted to create one. */
  id?: string;
  body: SavePolicyBody;
}

/**
 * CreateSlaPolicy, or UpdateSlaPolicy, which adds a version for new tickets (tickets that matched an earlier version
 * keep their due times). 422 names the field (name, warningPercent, firstResponse, resolution, conditions, calendarId).
 */
export function savePolicy({ id, body }: SavePolicyInput): Promise<SlaPolicy> {
  return id
    ? unwrap(api.PUT('/api/sla/policies/{id}', { params: { path: { id } }, body }))
    : unwrap(api.POST('/api/sla/policies', { body }));
}

export function useSavePolicy({ onSuccess }: { onSuccess?: (policy: SlaPolicy) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: savePolicy,
    onSuccess: async (policy) => {
      // The list and every cached preview (which policy matches, and its due dates).
      await queryClient.invalidateQueries({ queryKey: slaKeys.all() });
      onSuccess?.(policy);
    },
    // Someone retired it meanwhile: show the list as it is now.
    onError: (error) => {
      if (isApiError(error, 404)) void queryClient.invalidateQueries({ queryKey: slaKeys.policies() });
    },
  });
}
