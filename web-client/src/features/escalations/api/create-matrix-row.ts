import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { EscalationMatrixRow, SaveMatrixRowBody } from '@/api/types';

import { escalationsKeys } from './keys';

/** CreateEscalationMatrixRow (409 when the topic and ticket type already have a row). */
export function createMatrixRow(body: SaveMatrixRowBody): Promise<EscalationMatrixRow> {
  return unwrap(api.POST('/api/escalation/matrix', { body }));
}

export function useCreateMatrixRow({ onSuccess }: { onSuccess?: (row: EscalationMatrixRow) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMatrixRow,
    onSuccess: async (row) => {
      // The rows and every cached suggestion (they hang under escalations).
      await queryClient.invalidateQueries({ queryKey: escalationsKeys.all() });
      onSuccess?.(row);
    },
  });
}
