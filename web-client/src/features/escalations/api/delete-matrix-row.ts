import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/api/client';
import { ApiError, isApiError } from '@/api/problem';

import { escalationsKeys } from './keys';

/** DeleteEscalationMatrixRow (204; 404 when it is already gone). */
export async function deleteMatrixRow(id: string): Promise<void> {
  const { error, response } = await api.DELETE('/api/escalation/matrix/{id}', { params: { path: { id } } });
  if (!response.ok) throw ApiError.from(response, error);
}

export function useDeleteMatrixRow({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteMatrixRow,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: escalationsKeys.all() });
      onSuccess?.();
    },
    // Someone else removed the row meanwhile: show the list as it is now.
    onError: (error) => {
      if (isApiError(error, 404)) void queryClient.invalidateQueries({ queryKey: escalationsKeys.matrix() });
    },
  });
}
