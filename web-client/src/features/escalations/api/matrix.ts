import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import { ApiError } from '@/api/problem';
import type { EscalationMatrixRow, SaveMatrixRowBody } from '@/api/types';

import { escalationsKeys } from './keys';

const matrixKey = () => [...escalationsKeys.all(), 'matrix'] as const;

/** ListEscalationMatrix: which area answers each topic (and ticket type). */
export function getEscalationMatrix(): Promise<EscalationMatrixRow[]> {
  return unwrap(api.GET('/api/escalation/matrix'));
}

export const getEscalationMatrixQueryOptions = () => queryOptions({ queryKey: matrixKey(), queryFn: getEscalationMatrix });
export const useEscalationMatrix = () => useQuery(getEscalationMatrixQueryOptions());

/** CreateEscalationMatrixRow. */
export function createMatrixRow(body: SaveMatrixRowBody): Promise<EscalationMatrixRow> {
  return unwrap(api.POST('/api/escalation/matrix', { body }));
}

/** DeleteEscalationMatrixRow. */
export async function deleteMatrixRow(id: string): Promise<void> {
  const { error, response } = await api.DELETE('/api/escalation/matrix/{id}', { params: { path: { id } } });
  if (!response.ok) throw ApiError.from(response, error);
}

function useInvalidateMatrix() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: matrixKey() });
}

export const useCreateMatrixRow = () => useMutation({ mutationFn: createMatrixRow, onSuccess: useInvalidateMatrix() });
export const useDeleteMatrixRow = () => useMutation({ mutationFn: deleteMatrixRow, onSuccess: useInvalidateMatrix() });
