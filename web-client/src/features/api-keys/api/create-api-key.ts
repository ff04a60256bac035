import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { CreateApiKeyBody, CreatedApiKey } from '@/api/types';

import { apiKeysKeys } from './keys';

export function createApiKey(body: CreateApiKeyBody): Promise<CreatedApiKey> {
  return unwrap(api.POST('/api/admin/api-keys', { body }));
}

/**
 * The created key (with its secret) is handed to the caller only: it is never put in the query
 * cache, and the mutation (whose state holds the response) is dropped from the mutation cache
 * as soon as the form that ran it is gone (gcTime 0), so the secret disappears with its dialog.
 */
export function useCreateApiKey({ onSuccess }: { onSuccess?: (created: CreatedApiKey) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiKey,
    gcTime: 0,
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: apiKeysKeys.lists() });
      onSuccess?.(created);
    },
  });
}
