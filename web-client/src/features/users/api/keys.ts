/** Query keys for admin users. */
export const usersKeys = {
  all: () => ['admin-users'] as const,
  lists: () => [...usersKeys.all(), 'list'] as const,
  list: () => [...usersKeys.lists()] as const,
  details: () => [...usersKeys.all(), 'detail'] as const,
  detail: (id: string) => [...usersKeys.details(), id] as const,
};
