import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/api/client';
import { ApiError } from '@/api/problem';

import { noticesKeys } from './keys';

export async function markNoticeRead(id: string): Promise<void> {
  const { error, response } = await api.POST('/api/notices/{id}/read', { params: { path: { id } } });
  if (!response.ok) throw ApiError.from(response, error);
}

export function useMarkNoticeRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNoticeRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: noticesKeys.lists() }),
  });
}
