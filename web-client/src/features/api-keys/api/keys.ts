/** Query keys for partner API keys. */
export const apiKeysKeys = {
  all: () => ['admin-api-keys'] as const,
  lists: () => [...apiKeysKeys.all(), 'list'] as const,
  list: () => [...apiKeysKeys.lists()] as const,
  details: () => [...apiKeysKeys.all(), 'detail'] as const,
  detail: (id: string) => [...apiKeysKeys.details(), id] as const,
};
