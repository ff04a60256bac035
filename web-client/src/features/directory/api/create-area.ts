import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { Area, CreateAreaBody } from '@/api/types';

import { areasKeys } from './keys';

export function createArea(body: CreateAreaBody): Promise<Area> {
  return unwrap(api.POST('/api/directory/areas', { body }));
}

export function useCreateArea({ onSuccess }: { onSuccess?: (area: Area) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createArea,
    onSuccess: async (area) => {
      await queryClient.invalidateQueries({ queryKey: areasKeys.lists() });
      onSuccess?.(area);
    },
  });
}
