import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { User } from '@/api/types';

import { usersKeys } from './keys';

export function getUsers(): Promise<User[]> {
  return unwrap(api.GET('/api/admin/users'));
}

export const getUsersQueryOptions = () =>
  queryOptions({
    queryKey: usersKeys.list(),
    queryFn: getUsers,
  });

export const useUsers = () => useQuery(getUsersQueryOptions());
