import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { ApiKey } from '@/api/types';

import { apiKeysKeys } from './keys';

export function revokeApiKey(id: string): Promise<ApiKey> {
  return unwrap(api.POST('/api/admin/api-keys/{id}/revoke', { params: { path: { id } } }));
}

export function useRevokeApiKey({ onSuccess }: { onSuccess?: (key: ApiKey) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiKey,
    onSuccess: async (key) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: apiKeysKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: apiKeysKeys.detail(key.id) }),
      ]);
      onSuccess?.(key);
    },
  });
}
