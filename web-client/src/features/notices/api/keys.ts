/** Query keys for my in-app notices. */
export const noticesKeys = {
  all: () => ['notices'] as const,
  lists: () => [...noticesKeys.all(), 'list'] as const,
  unread: () => [...noticesKeys.lists(), { unreadOnly: true }] as const,
};
