import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { CreateUserBody, User } from '@/api/types';

import { usersKeys } from './keys';

export function createUser(body: CreateUserBody): Promise<User> {
  return unwrap(api.POST('/api/admin/users', { body }));
}

export function useCreateUser({ onSuccess }: { onSuccess?: (user: User) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: async (user) => {
      await queryClient.invalidateQueries({ queryKey: usersKeys.lists() });
      onSuccess?.(user);
    },
  });
}
