import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { AuditLogPage } from '@/api/types';

import { auditLogKeys } from './keys';

export const AUDIT_LOG_PAGE_SIZE = 50;

export function getAuditLog({ limit, cursor }: { limit: number; cursor?: string }): Promise<AuditLogPage> {
  return unwrap(
    api.GET('/api/admin/audit-log', { params: { query: cursor ? { limit, cursor } : { limit } } }),
  );
}

/** Newest first; each page's nextCursor fetches the next, until it is null. */
export const getAuditLogQueryOptions = (limit: number = AUDIT_LOG_PAGE_SIZE) =>
  infiniteQueryOptions({
    queryKey: auditLogKeys.list(limit),
    queryFn: ({ pageParam }) => getAuditLog({ limit, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export const useAuditLog = (limit?: number) => useInfiniteQuery(getAuditLogQueryOptions(limit));
