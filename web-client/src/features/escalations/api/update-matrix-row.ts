import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import { isApiError } from '@/api/problem';
import type { EscalationMatrixRow, SaveMatrixRowBody } from '@/api/types';

import { escalationsKeys } from './keys';

export interface UpdateMatrixRowInput {
  id: string;
  body: SaveMatrixRowBody;
}

/** UpdateEscalationMatrixRow: open escalations keep what they copied when they opened. */
export function updateMatrixRow({ id, body }: UpdateMatrixRowInput): Promise<EscalationMatrixRow> {
  return unwrap(api.PUT('/api/escalation/matrix/{id}', { params: { path: { id } }, body }));
}

export function useUpdateMatrixRow({ onSuccess }: { onSuccess?: (row: EscalationMatrixRow) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMatrixRow,
    onSuccess: async (row) => {
      await queryClient.invalidateQueries({ queryKey: escalationsKeys.all() });
      onSuccess?.(row);
    },
    // Someone else removed the row meanwhile: show the list as it is now.
    onError: (error) => {
      if (isApiError(error, 404)) void queryClient.invalidateQueries({ queryKey: escalationsKeys.matrix() });
    },
  });
}
