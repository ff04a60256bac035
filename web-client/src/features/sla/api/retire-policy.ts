import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/api/client';
import { ApiError, isApiError } from '@/api/problem';

import { slaKeys } from './keys';

/** RetireSlaPolicy (204): new tickets stop matching it; tickets that have it keep their clocks. 404 when already gone. */
export async function retirePolicy(id: string): Promise<void> {
  const { error, response } = await api.DELETE('/api/sla/policies/{id}', { params: { path: { id } } });
  if (!response.ok) throw ApiError.from(response, error);
}

export function useRetirePolicy({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retirePolicy,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: slaKeys.all() });
      onSuccess?.();
    },
    onError: (error) => {
      if (isApiError(error, 404)) void queryClient.invalidateQueries({ queryKey: slaKeys.policies() });
    },
  });
}
