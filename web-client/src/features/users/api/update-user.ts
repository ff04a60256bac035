import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { UpdateUserBody, User } from '@/api/types';

import { usersKeys } from './keys';

export interface UpdateUserInput {
  id: string;
  body: UpdateUserBody;
}

export function updateUser({ id, body }: UpdateUserInput): Promise<User> {
  return unwrap(api.PUT('/api/admin/users/{id}', { params: { path: { id } }, body }));
}

export function useUpdateUser({ onSuccess }: { onSuccess?: (user: User) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: async (user) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: usersKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: usersKeys.detail(user.id) }),
      ]);
      onSuccess?.(user);
    },
  });
}
