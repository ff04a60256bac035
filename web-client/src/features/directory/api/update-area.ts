import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { Area, UpdateAreaBody } from '@/api/types';

import { areasKeys } from './keys';

export interface UpdateAreaInput {
  id: string;
  body: UpdateAreaBody;
}

export function updateArea({ id, body }: UpdateAreaInput): Promise<Area> {
  return unwrap(api.PUT('/api/directory/areas/{id}', { params: { path: { id } }, body }));
}

export function useUpdateArea({ onSuccess }: { onSuccess?: (area: Area) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateArea,
    onSuccess: async (area) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: areasKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: areasKeys.detail(area.id) }),
      ]);
      onSuccess?.(area);
    },
  });
}
