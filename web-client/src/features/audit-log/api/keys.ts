/** Query keys for the audit log. */
export const auditLogKeys = {
  all: () => ['audit-log'] as const,
  lists: () => [...auditLogKeys.all(), 'list'] as const,
  list: (limit: number) => [...auditLogKeys.lists(), { limit }] as const,
};
